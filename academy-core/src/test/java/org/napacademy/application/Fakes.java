package org.napacademy.application;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;

/** Repositories answering only the calls a test names; any other call fails the test loudly. */
public final class Fakes {
    private Fakes() { }

    public static <T> T of(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            var answer = answers.get(method.getName());
            if (answer == null) throw new AssertionError("The test did not expect a call to " + type.getSimpleName() + "." + method.getName());
            return answer.apply(args);
        }));
    }
}
