package dev.showroom.web.shell;

import io.quarkus.qute.TemplateGlobal;

/**
 * Paths of the scripts the pages load, from the webjars on the classpath (Quarkus serves a jar's
 * {@code META-INF/resources}). The versions are those of web/pom.xml; AssetsTest proves each path is served.
 */
@TemplateGlobal
public final class Assets {

    public static final String htmxScript = "/webjars/htmx.org/2.0.4/dist/htmx.min.js";
    public static final String echartsScript = "/webjars/echarts/5.3.1/dist/echarts.min.js";

    private Assets() {}
}
