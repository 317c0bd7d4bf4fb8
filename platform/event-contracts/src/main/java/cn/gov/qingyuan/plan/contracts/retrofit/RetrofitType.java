package cn.gov.qingyuan.plan.contracts.retrofit;

/**
 * What a retrofit does. A project may do several. {@link #SMART_RETROFIT} and {@link #SMART_PRODUCTION} feed the
 * plan's action 5 counts (smart retrofit 40 / 30 / 30, smart production 6 / 6 / 6 enterprises); the others only
 * classify action 2's retrofits.
 */
public enum RetrofitType {
    /** 设备更新: replacing or upgrading production equipment. */
    EQUIPMENT_RENEWAL,
    /** 智能化改造: automating and digitalising existing lines. */
    SMART_RETROFIT,
    /** 机器换人: robots replacing manual labour. */
    ROBOTS_REPLACING_LABOUR,
    /** 智能化生产: moving the enterprise to smart (digitally controlled) production. */
    SMART_PRODUCTION,
    /** 节能改造: energy-saving retrofit. */
    ENERGY_SAVING,
    OTHER
}
