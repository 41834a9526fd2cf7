package org.flowpilot.diagram.internal.simulation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.flowpilot.diagram.DiagramModel;
import org.flowpilot.diagram.internal.common.DiagramModels;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.model.Scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The simulation panel's endpoints, under {@value #PATH}, each for the model named by the {@code model} parameter:
 * <ul>
 * <li>{@code GET} answers the model's scenarios and where its run stands;</li>
 * <li>{@code POST PATH/COMMAND} carries out a {@link SimulationCommand} ({@code start} with the {@code flow} and
 * {@code scenario} ids) and answers where the run stands then.</li>
 * </ul>
 * Errors are one line, {@code {"error": ...}}: 404 for a model that allows no simulation, 400 for an unknown command,
 * flow or scenario, 409 for a step without a run.
 */
public final class SimulationApi extends HttpServlet {

    /** Where the endpoints are. */
    public static final String PATH = "/api/simulation";

    private static final long serialVersionUID = 1L;
    private static final String JSON = "application/json; charset=utf-8";

    private final transient DiagramModels models;
    private final transient Simulations simulations;

    /** The endpoints of the simulations of {@code models}. */
    public SimulationApi(DiagramModels models, Simulations simulations) {
        this.models = models;
        this.simulations = simulations;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = request.getParameter("model");
        Optional<BrowserSimulation> simulation = simulations.of(key);
        Optional<DiagramModel> model = models.get(key);
        if (simulation.isEmpty() || model.isEmpty() || !PATH.equals(request.getRequestURI())) {
            error(response, HttpServletResponse.SC_NOT_FOUND, "No simulation for the model '" + key + "'");
            return;
        }
        JsonObject json = new JsonObject();
        json.add("scenarios", model.get().access().call(() -> scenarios(model.get())));
        json.add("state", state(simulation.get().snapshot()));
        write(response, HttpServletResponse.SC_OK, json);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = request.getParameter("model");
        Optional<BrowserSimulation> simulation = simulations.of(key);
        if (simulation.isEmpty()) {
            error(response, HttpServletResponse.SC_NOT_FOUND, "No simulation for the model '" + key + "'");
            return;
        }
        String path = request.getRequestURI();
        SimulationCommand command = path.startsWith(PATH + "/")
                ? SimulationCommand.fromId(path.substring(PATH.length() + 1)) : null;
        if (command == null) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, "Unknown simulation command " + path);
            return;
        }
        SimulationSnapshot snapshot;
        try {
            snapshot = command == SimulationCommand.START
                    ? simulation.get().start(request.getParameter("flow"), request.getParameter("scenario"))
                    : simulation.get().perform(command);
        } catch (IllegalArgumentException e) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (IllegalStateException e) {
            error(response, HttpServletResponse.SC_CONFLICT, e.getMessage());
            return;
        }
        write(response, HttpServletResponse.SC_OK, state(snapshot));
    }

    private static JsonArray scenarios(DiagramModel model) {
        JsonArray all = new JsonArray();
        for (Scenario scenario : model.model().getScenarios()) {
            JsonObject json = new JsonObject();
            json.addProperty("id", model.idOf(scenario));
            json.addProperty("name", scenario.getName());
            json.addProperty("flowId", model.idOf(scenario.getFlow()));
            all.add(json);
        }
        return all;
    }

    private static JsonObject state(SimulationSnapshot snapshot) {
        JsonObject json = new JsonObject();
        json.addProperty("running", snapshot.running());
        if (!snapshot.running()) {
            return json;
        }
        json.addProperty("flowId", snapshot.flowId());
        json.addProperty("scenarioId", snapshot.scenarioId());
        json.addProperty("steps", snapshot.steps());
        json.addProperty("finished", snapshot.finished());
        json.addProperty("outcome", snapshot.outcome() == null ? null : snapshot.outcome().id());
        json.addProperty("clockMinutes", snapshot.clockMinutes());
        json.addProperty("diagnostic", snapshot.diagnostic());
        json.addProperty("nextStep", snapshot.nextStep());
        json.addProperty("currentElementId", snapshot.currentElementId());
        StepRecord current = snapshot.current();
        if (current != null) {
            JsonObject step = new JsonObject();
            step.addProperty("step", current.step());
            step.addProperty("elementId", current.elementId());
            step.addProperty("name", current.name());
            step.addProperty("kind", current.kind().id());
            step.addProperty("status", current.status().id());
            step.addProperty("screen", current.shown() ? current.screenId() : null);
            step.addProperty("reason", current.reason());
            json.add("current", step);
        }
        json.addProperty("previewHtml", snapshot.previewHtml());
        json.addProperty("previewMessage", snapshot.previewMessage());
        return json;
    }

    private static void error(HttpServletResponse response, int status, String message) throws IOException {
        JsonObject json = new JsonObject();
        json.addProperty("error", message);
        write(response, status, json);
    }

    private static void write(HttpServletResponse response, int status, JsonObject json) throws IOException {
        response.setStatus(status);
        response.setContentType(JSON);
        response.getOutputStream().write(json.toString().getBytes(StandardCharsets.UTF_8));
    }
}
