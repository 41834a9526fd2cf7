package org.flowpilot.engine.tests;

import org.flowpilot.engine.Network;
import org.flowpilot.engine.spi.GuardCondition;
import org.flowpilot.engine.spi.GuardContext;
import org.flowpilot.model.Condition;
import org.flowpilot.model.ExtensionCondition;

/** Decides the {@code fabrikam.network-is} guard: whether the device's network is the {@code network} parameter. */
public class NetworkGuard implements GuardCondition {

    static final String TYPE = "fabrikam.network-is";

    @Override
    public String typeId() {
        return TYPE;
    }

    @Override
    public boolean holds(Condition condition, GuardContext context) {
        String wanted = ((ExtensionCondition) condition).getParameters().get("network");
        return wanted != null && context.scenario().network() == Network.fromId(wanted);
    }
}
