package cn.gov.qingyuan.plan.commands;

/**
 * A request whose figures sit in one of its fields (a revision: {@code {"figures": {...}, "reason": ...}}), so
 * figures the aggregate refuses are named as the request names them, e.g. {@code figures.patentsGranted}.
 */
public interface FiguresWithin {

    default String figuresField() {
        return "figures";
    }
}
