package org.napacademy.domain.model.roadmap;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers of a roadmap's nodes by their place in the tree (1, 1.1, 1.1.2), as the exports print them
 * and the imports read them back.
 */
public final class TreeNumbers {
    private TreeNumbers() { }

    /** Nodes in tree order with their numbers. */
    public static Map<ResultNode, String> of(Roadmap roadmap) {
        var numbers = new LinkedHashMap<ResultNode, String>();
        number(roadmap.goals(), "", numbers);
        return Collections.unmodifiableMap(numbers);
    }

    private static void number(List<ResultNode> nodes, String prefix, Map<ResultNode, String> numbers) {
        for (int i = 0; i < nodes.size(); i++) {
            var path = prefix + (i + 1);
            numbers.put(nodes.get(i), path);
            number(nodes.get(i).children(), path + ".", numbers);
        }
    }
}
