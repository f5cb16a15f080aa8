package org.napacademy.domain.model.accompaniment;

/**
 * Which assistance requests a queue shows; a null part does not filter.
 *
 * @param status      the requests in this status
 * @param urgency     the requests of this urgency
 * @param moduleId    the requests on this curriculum module
 * @param countryCode the requests of delegations of this country (ISO 3166-1 alpha-2)
 */
public record AssistanceFilter(AssistanceStatus status, Urgency urgency, Long moduleId, String countryCode) {

    public static final AssistanceFilter ALL = new AssistanceFilter(null, null, null, null);
}
