package cn.gov.qingyuan.plan.views.figures;

import cn.gov.qingyuan.plan.contracts.County;

/** What a figure covers: the whole city, or one county. */
record Scope(County county) {

    static final Scope CITY = new Scope(null);

    static Scope of(County county) {
        return new Scope(county);
    }

    boolean isCity() {
        return county == null;
    }

    boolean includes(String countyCode) {
        return county == null || county.code().equals(countyCode);
    }

    String code() {
        return county == null ? "city" : county.code();
    }
}
