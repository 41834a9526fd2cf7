package org.flowpilot.cli;

import java.io.PrintWriter;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** {@code flowpilot} as the Equinox application {@code org.flowpilot.cli.app}, to run inside the product. */
public class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        // IApplicationContext hands out a raw Map; the launcher puts the command line under APPLICATION_ARGS.
        Object arguments = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        String[] args = arguments instanceof String[] strings ? strings : new String[0];
        return FlowpilotCommand.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    @Override
    public void stop() {
        // The commands are short and not interruptible.
    }
}
