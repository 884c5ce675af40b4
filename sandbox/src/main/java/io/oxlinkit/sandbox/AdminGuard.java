package io.oxlinkit.sandbox;

/**
 * The admin routes change the sandbox's world (its clock, faults, histories). The server listens on loopback
 * only, and these checks stop a web page the developer happens to open from driving them: a request that a
 * browser marks as coming from another site ({@code Origin} not loopback, or {@code Sec-Fetch-Site} other than
 * same-origin or none) is refused, and a request with a body must say it is JSON (a cross-site form cannot).
 */
final class AdminGuard {

    private AdminGuard() {}

    static void check(String method, String origin, String fetchSite, String contentType, int bodyLength) {
        if (origin != null && !origin.isBlank() && !loopbackOrigin(origin)) {
            throw new ApiError(403, "cross_origin", "the admin routes refuse requests from another origin");
        }
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            throw new ApiError(403, "cross_origin", "the admin routes refuse cross-site requests");
        }
        boolean writes = !method.equals("GET") && !method.equals("HEAD");
        boolean json = contentType != null
                && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
        if (writes && bodyLength > 0 && !json) {
            throw new ApiError(415, "unsupported_media_type", "the admin routes take JSON bodies only");
        }
    }

    private static boolean loopbackOrigin(String origin) {
        try {
            String host = java.net.URI.create(origin.trim()).getHost();
            return host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"));
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }
}
