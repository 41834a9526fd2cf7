package org.flowpilot.engine.tests;

import java.util.List;

import org.flowpilot.engine.StepStatus;
import org.flowpilot.engine.spi.StepContext;
import org.flowpilot.engine.spi.StepExecutor;
import org.flowpilot.engine.spi.StepResult;

/** A third-party step: the technician sticks an asset tag on the device, which takes 3 minutes. */
public class AssetTagExecutor implements StepExecutor {

    static final String TYPE = "fabrikam.asset-tag";

    @Override
    public String typeId() {
        return TYPE;
    }

    @Override
    public StepResult execute(StepContext context) {
        return new StepResult("asset-tag", true, List.of("Done"), StepStatus.RAN,
                "Fabrikam tags every device before it ships (" + context.step().getName() + ").", 3, null);
    }
}
