/**
 * Calling the gateway: one REST client interface per service area ({@code @RegisterRestClient(configKey =
 * "gateway")}, {@code @AccessToken} for staff APIs so the signed-in user's access token goes along,
 * {@code @RegisterProvider(ProblemMapper.class)} so that a refusal becomes a {@link dev.showroom.web.gateway.GatewayProblem}).
 */
package dev.showroom.web.gateway;
