package org.rasd.server.internal;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.rasd.pipeline.ContractJson;
import org.rasd.store.BadQueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps every failure of the API to a status and a JSON body {@code {"error": "..."}}, in one place. */
public final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    public static void install(Javalin app) {
        app.exception(BadQueryException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal error");
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                error(ctx, 404, "no such resource: " + ctx.path());
            }
        });
        app.error(405, ctx -> error(ctx, 405, "method not allowed: " + ctx.method() + " " + ctx.path()));
    }

    static void error(Context ctx, int status, String reason) {
        ctx.status(status);
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(ContractJson.mapper().createObjectNode().put("error", reason).toString());
    }
}
