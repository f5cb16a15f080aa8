package org.napacademy.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(
        title = "WPS NAP Academy platform API",
        version = "1",
        description = "Cohorts, country delegations, training sessions, roadmaps and their progress.",
        license = @License(name = "Apache-2.0")))
public class AcademyApi extends Application {
}
