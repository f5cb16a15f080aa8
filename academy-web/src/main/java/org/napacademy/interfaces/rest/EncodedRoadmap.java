package org.napacademy.interfaces.rest;

import jakarta.ws.rs.core.EntityTag;

/**
 * The whole roadmap document as the API writes it (UTF-8 JSON), with the revision it was built at (it was read after
 * the revision, so it shows that state or a later one) and the roadmap's version in it. The bytes are never changed.
 */
record EncodedRoadmap(long revision, long version, byte[] json) {

    EntityTag etag() { return Etags.ofDocument(version, revision); }
}
