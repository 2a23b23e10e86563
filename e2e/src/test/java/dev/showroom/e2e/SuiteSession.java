package dev.showroom.e2e;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Stops the shared suite once every test class of the run is done (registered in META-INF/services). */
public class SuiteSession implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestSuite.stopNow();
    }
}
