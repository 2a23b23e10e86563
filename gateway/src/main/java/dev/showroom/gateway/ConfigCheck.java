package dev.showroom.gateway;

import dev.showroom.gateway.publicapi.PublicConfig;
import dev.showroom.gateway.routing.Upstreams;
import dev.showroom.gateway.views.ViewsConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;

/** A misspelt upstream name in the public or view configuration stops the start, not a customer's request. */
public class ConfigCheck {

    void onStart(@Observes StartupEvent start, Upstreams upstreams, PublicConfig publicApi, ViewsConfig views) {
        List<String> named = new ArrayList<>(List.of(
                publicApi.enquiries().upstream(),
                publicApi.orderStatus().upstream(),
                publicApi.survey().upstream(),
                publicApi.surveyAnswers().upstream(),
                views.lead().upstream()));
        views.customer360().values().forEach(section -> named.add(section.upstream()));
        views.dashboard().values().forEach(section -> named.add(section.upstream()));
        List<String> unknown = named.stream()
                .filter(name -> !upstreams.all().containsKey(name))
                .distinct()
                .toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("unknown upstreams in showroom.public/showroom.views: " + unknown
                    + "; known: " + upstreams.all().keySet());
        }
    }
}
