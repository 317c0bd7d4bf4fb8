package cn.gov.qingyuan.plan.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The eight county-level units (县(市、区)) of Qingyuan over which the plan splits its targets. */
public enum County {
    QINGCHENG("qingcheng", "清城区", "Qingcheng District", Group.SOUTH_CENTRAL),
    QINGXIN("qingxin", "清新区", "Qingxin District", Group.SOUTH_CENTRAL),
    YINGDE("yingde", "英德市", "Yingde City", Group.SOUTH_CENTRAL),
    FOGANG("fogang", "佛冈县", "Fogang County", Group.SOUTH_CENTRAL),
    LIANZHOU("lianzhou", "连州市", "Lianzhou City", Group.NORTH),
    YANGSHAN("yangshan", "阳山县", "Yangshan County", Group.NORTH),
    LIANSHAN("lianshan", "连山壮族瑶族自治县", "Lianshan Zhuang-Yao Autonomous County", Group.NORTH),
    LIANNAN("liannan", "连南瑶族自治县", "Liannan Yao Autonomous County", Group.NORTH);

    /** The plan's groupings: south/central, and the northern "three Lian + one Yang" (三连一阳). */
    public enum Group { SOUTH_CENTRAL, NORTH }

    private final String code;
    private final String chineseName;
    private final String englishName;
    private final Group group;

    County(String code, String chineseName, String englishName, Group group) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.group = group;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    public Group group() {
        return group;
    }

    /** Accepts the code in any case ("qingcheng", "QINGCHENG"); anything else is an unknown county. */
    @JsonCreator
    public static County fromCode(String code) {
        if (code != null) {
            String wanted = code.trim().toLowerCase(Locale.ROOT);
            for (County county : values()) {
                if (county.code.equals(wanted)) {
                    return county;
                }
            }
        }
        throw new IllegalArgumentException("unknown county '" + code + "'; expected one of " + codes());
    }

    public static String codes() {
        return Arrays.stream(values()).map(County::code).collect(Collectors.joining(", "));
    }
}
