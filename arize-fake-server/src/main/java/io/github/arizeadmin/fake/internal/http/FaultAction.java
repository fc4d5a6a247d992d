package io.github.arizeadmin.fake.internal.http;

import io.github.arizeadmin.fake.Fault;
import io.netty.channel.ChannelOption;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;
import java.util.function.IntConsumer;

/** What an injected fault does to one request: wait, then answer a Problem, drop or reset the connection, or carry on. */
final class FaultAction {
  private FaultAction() {
  }

  /**
   * @param rc the request
   * @param fault the fault it took
   * @param carryOn handles the request as usual (a fault that only delays)
   * @param journalNoAnswer journals the request with the given status when no response will be written
   */
  static void apply(RoutingContext rc, Fault fault, Runnable carryOn, IntConsumer journalNoAnswer) {
    long wait = Faults.waitMillis(fault);
    if (wait > 0) {
      rc.vertx().setTimer(wait, timer -> act(rc, fault, carryOn, journalNoAnswer));
    } else {
      act(rc, fault, carryOn, journalNoAnswer);
    }
  }

  private static void act(RoutingContext rc, Fault fault, Runnable carryOn, IntConsumer journalNoAnswer) {
    if (rc.response().closed()) {
      // the client gave up during the delay
      journalNoAnswer.accept(0);
    } else if (fault.status() != null) {
      if (fault.retryAfterSeconds() != null) {
        rc.response().putHeader("Retry-After", String.valueOf(fault.retryAfterSeconds()));
      }
      Problems.send(rc, fault.status(), "An injected fault (ArizeFakeServer.injectFault or POST /__admin/faults).");
    } else if (fault.connection() != null) {
      journalNoAnswer.accept(0);
      close(rc.request().connection(), fault.connection() == Fault.Connection.RESET);
    } else {
      carryOn.run();
    }
  }

  private static void close(HttpConnection connection, boolean reset) {
    if (reset && connection instanceof ConnectionBase base) {
      // With SO_LINGER 0 closing the socket sends a TCP RST instead of a FIN: the client reads
      // "connection reset by peer". Vert.x exposes the Netty channel only on its implementation class.
      base.channel().config().setOption(ChannelOption.SO_LINGER, 0);
      base.channel().close();
    } else {
      connection.close();
    }
  }
}
