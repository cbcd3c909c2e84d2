package org.paniercommun.access;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.List;

/** The app's operations as the scope matrix enumerates them, for tests of other packages (fund/FundAnonymityTest). */
public final class Operations {

    private Operations() {
    }

    /** The compiled classes of the app that carry {@code @Path}. */
    public static List<Class<?>> resourceClasses() throws IOException {
        return ParameterKindsTest.resourceClasses();
    }

    /** Whether the method answers an HTTP verb. */
    public static boolean isOperation(Method method) {
        return ParameterKindsTest.isOperation(method);
    }
}
