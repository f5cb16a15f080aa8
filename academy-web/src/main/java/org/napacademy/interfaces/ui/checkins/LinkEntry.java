package org.napacademy.interfaces.ui.checkins;

import jakarta.validation.constraints.Size;

/** One evidence link being added in the check-in form; the form checks that it is a web address. */
public class LinkEntry {
    @Size(max = 1000) private String url;

    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
}
