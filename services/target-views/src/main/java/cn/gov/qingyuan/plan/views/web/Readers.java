package cn.gov.qingyuan.plan.views.web;

import cn.gov.qingyuan.plan.contracts.Parks;
import cn.gov.qingyuan.plan.http.Submitter;
import org.springframework.stereotype.Component;

/** The {@link Reader} of the request being handled, from its verified token. */
@Component
class Readers {

    private final Parks parks;

    Readers(Parks parks) {
        this.parks = parks;
    }

    Reader current() {
        return Reader.of(Submitter.current(), parks);
    }
}
