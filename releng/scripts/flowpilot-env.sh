# Shell functions shared by the Flowpilot scripts: finding a JDK 21+, installing Debian packages.
# Sourced by ./flowpilot, ./run-tests and the launch script of the installed product.

FLOWPILOT_MIN_JAVA=21

# Prints the major version of the java executable $1, or nothing. Reads the JDK's release file when there is one:
# starting a JVM just to ask costs a tenth of a second a candidate.
flowpilot_java_major() {
  local release version
  release="$(dirname "$(dirname "$1")")/release"
  if [ -f "$release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
    [ -n "$version" ] && { echo "$version"; return; }
  fi
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

# Prints the home of a JDK (or JRE with $1 = jre) of version 21 or newer: JAVA_HOME first, then java on the PATH,
# then /usr/lib/jvm/*, newest first. Prints nothing when there is none.
flowpilot_find_java_home() {
  local kind=${1:-jdk} candidate java major
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if java=$(command -v java 2>/dev/null); then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$java")")")")
  fi
  for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -V -r); do
    candidates+=("${candidate%/}")
  done
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate/bin/java" ] || continue
    [ "$kind" = jre ] || [ -x "$candidate/bin/javac" ] || continue
    major=$(flowpilot_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge "$FLOWPILOT_MIN_JAVA" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

flowpilot_require_java_home() {
  local home
  if ! home=$(flowpilot_find_java_home "${1:-jdk}"); then
    cat >&2 <<MSG
flowpilot: no Java ${FLOWPILOT_MIN_JAVA} or newer found (looked at JAVA_HOME, java on the PATH and /usr/lib/jvm).
Install a JDK ${FLOWPILOT_MIN_JAVA}+ (for example Eclipse Temurin 21 or 25) and set JAVA_HOME to it.
MSG
    return 1
  fi
  echo "$home"
}

# JVM options every Flowpilot JVM needs on the found Java; $1 is its java executable.
flowpilot_jvm_options() {
  local major
  major=$(flowpilot_java_major "$1")
  # SWT loads its natives through JNI; Java 24+ warns unless native access is granted.
  echo "--enable-native-access=ALL-UNNAMED"
  if [ "${major:-0}" -ge 24 ]; then
    echo "--sun-misc-unsafe-memory-access=allow"
  fi
}

# Installs the Debian packages that are missing from the list given; needs root (or says what to run).
flowpilot_install_debian_packages() {
  local missing=() package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "flowpilot: missing Debian packages: ${missing[*]}" >&2
    echo "Install them as root: apt-get install -y ${missing[*]}" >&2
    return 1
  fi
  echo "flowpilot: installing Debian packages: ${missing[*]}" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# What the workbench needs to run: GTK 3, WebKitGTK for diagrams, fonts.
FLOWPILOT_RUNTIME_PACKAGES=(libgtk-3-0 libwebkit2gtk-4.1-0 fonts-dejavu-core)
# What the tests add: a virtual display, real pointer input (xdotool), image tools for screenshots, and the
# Chromium that playwright-core drives for the web tests (Node.js and npm come with the machine).
FLOWPILOT_TEST_PACKAGES=(xvfb xauth xdotool imagemagick chromium)

# The headless commands, run by org.flowpilot.cli.Main on a plain class path (no OSGi), so they start fast.
FLOWPILOT_COMMANDS=(simulate explain validate import export)
# Bundle jars the headless commands load, by symbolic name prefix; jars not in the product are left out.
FLOWPILOT_CLI_BUNDLES=(org.flowpilot.cli org.flowpilot.model org.flowpilot.library org.flowpilot.interop
  org.flowpilot.engine org.flowpilot.preview org.eclipse.emf.common org.eclipse.emf.ecore org.eclipse.emf.ecore.xmi picocli
  com.google.gson org.flowpilot.example.extension)

flowpilot_usage() {
  cat <<'TXT'
Usage: flowpilot [COMMAND] [ARGS...]

Without a command, opens the Flowpilot workbench (needs a display; on a headless machine:
xvfb-run -a -s '-screen 0 1400x900x24' flowpilot).

Commands:
  simulate   run a modeled flow for a scenario, step by step, and show what each person sees
  explain    which screens each person sees for a profile across a scenario matrix
  validate   check a model against the Autopilot rules
  import     read Graph JSON, AutopilotConfigurationFile.json or hardware-hash CSV into a model
  export     write a model as Graph JSON, the offline profile file or hardware-hash CSV
  serve      serve the diagrams to a web browser
  build      (source checkout only) rebuild the product now
Run "flowpilot COMMAND --help" for a command's options.

Environment:
  JAVA_HOME            a JDK or JRE 21 or newer (else java on the PATH, else the newest in /usr/lib/jvm)
  FLOWPILOT_WORKSPACE  the workbench's workspace folder (default: ~/flowpilot-workspace)
  FLOWPILOT_VMARGS     extra JVM options
  FLOWPILOT_EXTENSIONS the folder of extension bundle jars (default: extensions/ in the product): the workbench
                       installs and starts a jar put there while it runs, and drops one taken out; the headless
                       commands load them at start
  FLOWPILOT_CLASSPATH  more jars for the headless commands, separated by ':' (extensions outside that folder)
TXT
}

# Prints the class path of the headless commands in the product folder $1; fails when the CLI is not there.
flowpilot_cli_classpath() {
  local product=$1 prefix jar entries=()
  for prefix in "${FLOWPILOT_CLI_BUNDLES[@]}"; do
    for jar in "$product"/plugins/"${prefix}"_*.jar; do
      [ -f "$jar" ] && entries+=("$jar")
    done
  done
  [ -n "$(ls "$product"/plugins/org.flowpilot.cli_*.jar 2>/dev/null)" ] || return 1
  (IFS=:; echo "${entries[*]}")
}

# Extensions: the bundle jars in the product's extensions/ folder (or the folder FLOWPILOT_EXTENSIONS names). The
# workbench installs, starts, updates and removes them while it runs (Apache Felix File Install); the headless
# commands, which run without OSGi, put them on their class path with the entries of FLOWPILOT_CLASSPATH.
flowpilot_extensions_folder() {
  echo "${FLOWPILOT_EXTENSIONS:-$1/extensions}"
}

# Prints the class path entries the headless commands add for extensions, each after a ':'; $1 is the product.
flowpilot_extension_classpath() {
  local jar entries=""
  for jar in "$(flowpilot_extensions_folder "$1")"/*.jar; do
    [ -f "$jar" ] && entries="$entries:$jar"
  done
  [ -n "${FLOWPILOT_CLASSPATH:-}" ] && entries="$entries:$FLOWPILOT_CLASSPATH"
  printf '%s' "$entries"
}

# Prints, one per line, the JVM options that point the workbench's File Install at the extensions folder of the
# product $1: scanned every second, the first scan before the workbench starts, jars only.
flowpilot_extension_options() {
  local folder
  folder=$(flowpilot_extensions_folder "$1")
  mkdir -p "$folder" 2>/dev/null || true
  printf '%s\n' "-Dfelix.fileinstall.dir=$folder" -Dfelix.fileinstall.poll=1000 \
    -Dfelix.fileinstall.noInitialDelay=true '-Dfelix.fileinstall.filter=.*\.jar'
}
