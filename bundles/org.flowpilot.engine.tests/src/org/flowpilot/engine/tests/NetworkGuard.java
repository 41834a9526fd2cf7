package org.flowpilot.engine.tests;

import org.flowpilot.engine.Network;
import org.flowpilot.engine.spi.GuardCondition;
import org.flowpilot.engine.spi.GuardContext;
import org.flowpilot.model.Condition;

/** Evaluates {@link WifiOnlyCondition}. */
public class WifiOnlyGuard implements GuardCondition {

    @Override
    public boolean handles(Condition condition) {
        return condition instanceof WifiOnlyCondition;
    }

    @Override
    public boolean holds(Condition condition, GuardContext context) {
        return context.scenario().network() == Network.WIFI;
    }
}
