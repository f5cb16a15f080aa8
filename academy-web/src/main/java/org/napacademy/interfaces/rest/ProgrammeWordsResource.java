package org.napacademy.interfaces.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.ProgrammeService;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.Term;
import org.napacademy.interfaces.words.ProgrammeWords;

@Path("programmes/{programmeId}/words")
@Produces(APPLICATION_JSON)
@Tag(name = "Programme words", description = "What a programme calls its cohorts, delegations, roadmaps, tags and result "
        + "levels, resolved in one language, so that clients label things as the programme's people say them")
public class ProgrammeWordsResource {

    @Inject ProgrammeService programmes;

    @GET
    @Operation(summary = "The programme's words in one language: every term (the programme's word, or the platform's when "
            + "it names none), the names of the result levels its template uses, and its tags' labels")
    @APIResponse(responseCode = "200", description = "{\"language\": \"es\", \"COHORT\": \"...\", ... (12 terms), "
            + "\"levels\": {\"GOAL\": \"...\"}, \"tags\": {\"CODE\": \"label\"}}, with the programme's ETag")
    @APIResponse(responseCode = "400", description = "An unknown language")
    @APIResponse(responseCode = "403", description = "The programme is not the caller's to read")
    @APIResponse(responseCode = "404", description = "No such programme")
    public Response words(@PathParam("programmeId") long programmeId,
                          @Parameter(description = "en, es, pt or fr; default: the Accept-Language header, else en")
                          @QueryParam("lang") String lang,
                          @Context HttpHeaders headers) {
        var programme = programmes.programme(programmeId);
        var words = ProgrammeWords.of(programme, Downloads.texts(lang, headers).locale());
        return Responses.ok(programme, resolved(programme, words));
    }

    /** A plain JSON object keeps the terms at the top level, where a client looks them up by name. */
    static Map<String, Object> resolved(Programme programme, ProgrammeWords words) {
        var body = new LinkedHashMap<String, Object>();
        body.put("language", words.locale().getLanguage());
        for (var term : Term.values()) body.put(term.name(), words.word(term));
        var template = programme.template();
        var levels = new LinkedHashMap<String, String>();
        template.levels().forEach(level -> levels.put(level.name(), words.level(level)));
        body.put("levels", levels);
        var tags = new LinkedHashMap<String, String>();
        template.tags().forEach(tag -> tags.put(tag.code(), words.tag(template, tag.code())));
        body.put("tags", tags);
        return body;
    }
}
