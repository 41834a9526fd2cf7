package org.flowpilot.engine.tests;

import org.flowpilot.model.impl.ConditionImpl;

/** A guard condition the engine does not know: it holds on Wi-Fi, as the extension below decides. */
public class WifiOnlyCondition extends ConditionImpl {
}
