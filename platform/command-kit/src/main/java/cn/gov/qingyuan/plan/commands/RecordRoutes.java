package cn.gov.qingyuan.plan.commands;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.lang.reflect.Method;

/**
 * Registers {@code GET <address>} and {@code GET <address>/history} for every {@link RecordKind} the service's
 * controllers declared ({@link CommandSubmissions#of}), once every singleton, so every controller, exists.
 */
final class RecordRoutes implements SmartInitializingSingleton {

    private final CommandSubmissions submissions;
    private final Records records;
    private final RequestMappingHandlerMapping mappings;

    RecordRoutes(CommandSubmissions submissions, Records records, RequestMappingHandlerMapping mappings) {
        this.submissions = submissions;
        this.records = records;
        this.mappings = mappings;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Method state = handler("state");
        Method history = handler("history");
        submissions.kinds().forEach(kind -> {
            RecordReads<?, ?> reads = new RecordReads<>(kind, records);
            String address = kind.addressTemplate();
            if (kind.servesState()) {
                mappings.registerMapping(get(address), reads, state);
            }
            mappings.registerMapping(get(address + "/history"), reads, history);
        });
    }

    private RequestMappingInfo get(String path) {
        return RequestMappingInfo.paths(path).methods(RequestMethod.GET)
                .options(mappings.getBuilderConfiguration()).build();
    }

    private static Method handler(String name) {
        try {
            return RecordReads.class.getDeclaredMethod(name, HttpServletRequest.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
