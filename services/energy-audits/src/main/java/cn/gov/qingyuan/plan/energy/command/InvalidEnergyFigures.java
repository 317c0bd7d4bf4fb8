package cn.gov.qingyuan.plan.energy.command;

/** A set of figures no energy return may carry, whatever was recorded before; bad input, nothing is written. */
public class InvalidEnergyFigures extends RuntimeException {

    private final String field;

    InvalidEnergyFigures(String field, String reason) {
        super(reason);
        this.field = field;
    }

    /** The figure it is about, or null when about the set as a whole. */
    public String field() {
        return field;
    }
}
