package org.napacademy.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.napacademy.domain.model.shared.DomainRuleViolation;

/** A well-formed request that breaks a rule of the domain (a date outside its parent's range...): 422. */
@Provider
public class DomainRuleMapper implements ExceptionMapper<DomainRuleViolation> {
    private static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        public int getStatusCode() { return 422; }
        public Response.Status.Family getFamily() { return Response.Status.Family.CLIENT_ERROR; }
        public String getReasonPhrase() { return "Unprocessable Content"; }
    };

    @Override
    public Response toResponse(DomainRuleViolation failure) {
        return Problems.response(UNPROCESSABLE, "rule-violation", failure.getMessage());
    }
}
