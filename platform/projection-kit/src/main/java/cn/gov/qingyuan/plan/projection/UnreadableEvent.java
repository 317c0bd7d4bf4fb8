package cn.gov.qingyuan.plan.projection;

/** A record that will never be readable however often it is retried: wrong envelope, version or JSON. */
class UnreadableEvent extends RuntimeException {

    UnreadableEvent(String message) {
        super(message);
    }

    UnreadableEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
