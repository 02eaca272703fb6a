/** A user's module: the README's one line. */
module org.example.consumer {
  requires org.zhengbing.policy;

  exports org.example.consumer;
}
