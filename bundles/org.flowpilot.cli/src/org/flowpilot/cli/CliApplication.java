package org.flowpilot.cli;

import java.io.PrintWriter;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** {@code flowpilot} as the Equinox application {@code org.flowpilot.cli.app}, to run inside the product. */
public class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
                new String[0]);
        return FlowpilotCommand.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    @Override
    public void stop() {
        // The commands are short and not interruptible.
    }
}
