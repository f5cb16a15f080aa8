package org.napacademy.infrastructure.web;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The servlet container's error page (web.xml), for failures that escape the REST API's mappers and
 * Vaadin's error views: problem+json under {@code /api}, a plain page elsewhere. It tells the status and
 * nothing else: the exception is logged here, never shown.
 */
@WebServlet(urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {
    static final String PATH = "/error-page";
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());
    private static final String PROBLEM_TYPES = "https://napacademy.org/problems/";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var status = status(request);
        var uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        var failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure != null) LOG.log(Level.SEVERE, "Unhandled failure answering " + uri, failure);
        if (response.isCommitted()) return;
        response.resetBuffer();
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        var title = status == 404 ? "Not Found" : status >= 500 ? "Internal Server Error" : "Request refused";
        if (uri != null && uri.startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write(Json.createObjectBuilder().add("type", PROBLEM_TYPES + (status == 404 ? "not-found" : "server-error"))
                    .add("title", title).add("status", status)
                    .add("detail", status >= 500 ? "The server failed to answer; the failure is logged." : title).build().toString());
            return;
        }
        response.setContentType("text/html");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status + " " + title
                + "</title></head><body style=\"font-family:sans-serif;margin:3em\"><h1>" + status + " " + title
                + "</h1><p><a href=\"" + request.getContextPath() + "/\">WPS NAP Academy platform</a></p></body></html>");
    }

    /** Asked for directly, outside any error, the page is simply not there. */
    private static int status(HttpServletRequest request) {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer status && status >= 400) return status;
        return request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) != null
                ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : HttpServletResponse.SC_NOT_FOUND;
    }
}
