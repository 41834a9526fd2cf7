package com.example.autopilot.assettag;

import java.util.List;

import org.flowpilot.engine.StepStatus;
import org.flowpilot.engine.spi.StepContext;
import org.flowpilot.engine.spi.StepExecutor;
import org.flowpilot.engine.spi.StepResult;

/** Runs the "Asset tag" steps: the technician types the tag on a page of the company's own, which takes 2 minutes. */
public class AssetTagExecutor implements StepExecutor {

    @Override
    public String typeId() {
        return "com.example.autopilot.asset-tag";
    }

    @Override
    public StepResult execute(StepContext context) {
        // The screen id, whether it shows, its buttons, the status, why (one sentence), the minutes it takes, and
        // where the run ends (null: the flow goes on). context.scenario() tells the device, network and profile.
        return new StepResult("asset-tag", true, List.of("Save"), StepStatus.RAN,
                "The technician types the asset tag (" + context.step().getName() + ").", 2, null);
    }
}
