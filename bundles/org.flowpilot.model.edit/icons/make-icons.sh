#!/bin/sh
# Draws the 16x16 PNG icons of the Flowpilot model types with ImageMagick: a rounded tile whose colour says the
# family (configuration, identity, ESP, flow step, condition, run) and whose glyph says the type.
# Run from this folder: ./make-icons.sh
set -eu
cd "$(dirname "$0")/full/obj16"
icon() { # name colour glyph
  convert -size 16x16 xc:none -fill "$2" -stroke '#00000055' -strokewidth 1 -draw 'roundrectangle 0.5,0.5 15.5,15.5 3,3' \
    -stroke none -fill white -font DejaVu-Sans-Bold -pointsize "${4:-9}" -gravity center -annotate +0+0 "$3" \
    -define png:exclude-chunks=date,time -strip "$1.png"
}
CONFIG='#2563eb'; IDENTITY='#059669'; ESP='#d97706'; STEP='#7c3aed'; COND='#ca8a04'; RUN='#db2777'
icon AutopilotModel '#1f2937' AP 8
icon DeploymentProfile "$CONFIG" DP 8
icon Assignment "$CONFIG" '→' 11
icon JsonProperty "$CONFIG" '{}' 8
icon EnrollmentStatusPage "$ESP" ESP 6
icon EspPhase "$ESP" '▤' 11
icon PreparationTask "$ESP" T 10
icon SecurityPolicy "$ESP" S 10
icon Certificate "$ESP" C 10
icon NetworkProfile "$ESP" N 10
icon App "$ESP" A 10
icon User "$IDENTITY" U 10
icon Device "$IDENTITY" '▭' 12
icon Group "$IDENTITY" G 10
icon Flow "$STEP" F 10
icon PowerOnStep "$STEP" '○' 12
icon NetworkCheckStep "$STEP" '≋' 12
icon ScreenStep "$STEP" '▢' 12
icon SignInStep "$STEP" '@' 10
icon MfaStep "$STEP" '#' 10
icon EspPhaseStep "$STEP" E 10
icon RebootStep "$STEP" '↻' 12
icon ProvisioningMenuStep "$STEP" '⊞' 12
icon ResealStep "$STEP" '■' 10
icon WindowsSignOnStep "$STEP" '⊡' 12
icon DesktopStep "$STEP" D 10
icon CustomStep "$STEP" '✚' 11
# A custom step whose kind no installed extension declares: grey, so it reads as "not available here".
icon UnknownStep '#6b7280' '?' 11
icon Transition "$STEP" '⇢' 12
icon FactCondition "$COND" '?' 10
icon ConnectivityCondition "$COND" '≋' 12
icon WindowsVersionCondition "$COND" W 10
icon ScreenHiddenCondition "$COND" '▢' 12
icon StepOutcomeCondition "$COND" '✓' 11
icon NotCondition "$COND" '¬' 12
icon AllOfCondition "$COND" '∧' 12
icon AnyOfCondition "$COND" '∨' 12
icon OtherwiseCondition "$COND" '*' 12
icon Scenario "$RUN" '▶' 10
icon InjectedFailure "$RUN" '!' 11
