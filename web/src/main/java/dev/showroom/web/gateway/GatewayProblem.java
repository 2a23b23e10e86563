package dev.showroom.web.gateway;

/**
 * A 4xx or 5xx answer of the gateway (or no answer at all: status 503). A screen catches it where it can
 * show the problem beside the fields ({@link FieldErrors}); anything it does not catch becomes a friendly
 * error page (ErrorPages).
 */
public class GatewayProblem extends RuntimeException {

    private final int status;
    private final Problem problem;
    private final String retryAfter;

    public GatewayProblem(int status, Problem problem, String retryAfter) {
        super(
                "gateway answered " + status
                        + (problem != null && problem.title() != null ? " " + problem.title() : ""),
                null,
                false,
                false);
        this.status = status;
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    /** The problem body, or one made of the status when the answer had none. */
    public Problem problem() {
        return problem != null ? problem : new Problem(null, null, status, null, null, null);
    }

    /** Seconds to wait (the Retry-After header of a 429 or 503), or null. */
    public String retryAfter() {
        return retryAfter;
    }

    public boolean validation() {
        return status == 400 || status == 422;
    }
}
