# Shell functions shared by the Flowpilot scripts: finding a JDK 21+, installing Debian packages.
# Sourced by ./flowpilot, ./run-tests and the launch script of the installed product.

FLOWPILOT_MIN_JAVA=21

# Prints the major version of the java executable $1, or nothing. Reads the JDK's release file when there is one,
# with shell builtins only: the headless commands run this on every start, and starting a JVM just to ask costs a
# tenth of a second.
flowpilot_java_major() {
  local home=${1%/bin/java} key value
  if [ -f "$home/release" ]; then
    while IFS='=' read -r key value; do
      if [ "$key" = JAVA_VERSION ]; then
        value=${value//\"/}
        echo "${value%%[.+-]*}"
        return
      fi
    done <"$home/release"
  fi
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

# Whether $1 is the home of a Java 21+ JDK (or JRE with $2 = jre).
flowpilot_is_java_home() {
  local major
  [ -x "$1/bin/java" ] || return 1
  [ "${2:-jdk}" = jre ] || [ -x "$1/bin/javac" ] || return 1
  major=$(flowpilot_java_major "$1/bin/java")
  [ -n "$major" ] && [ "$major" -ge "$FLOWPILOT_MIN_JAVA" ]
}

# Prints the home of a JDK (or JRE with $1 = jre) of version 21 or newer: JAVA_HOME first, then java on the PATH,
# then /usr/lib/jvm/*, newest first. Prints nothing when there is none.
flowpilot_find_java_home() {
  local kind=${1:-jdk} candidate java
  if [ -n "${JAVA_HOME:-}" ] && flowpilot_is_java_home "${JAVA_HOME%/}" "$kind"; then
    echo "${JAVA_HOME%/}"
    return 0
  fi
  if java=$(command -v java 2>/dev/null); then
    candidate=$(dirname "$(dirname "$(readlink -f "$java")")")
    flowpilot_is_java_home "$candidate" "$kind" && { echo "$candidate"; return 0; }
  fi
  for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -V -r); do
    flowpilot_is_java_home "${candidate%/}" "$kind" && { echo "${candidate%/}"; return 0; }
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
# What the tests add: a virtual display, real pointer input (xdotool), image tools for screenshots, curl.
FLOWPILOT_TEST_PACKAGES=(xvfb xauth xdotool imagemagick curl)
# Commands the build and the browser tests run, with the Debian package of each: the diagram client is bundled with
# Node (esbuild, from the lockfile), the browser tests drive Chromium. A Node that is already there (say from
# NodeSource, whose nodejs carries npm) is used as it is: only missing commands are installed.
FLOWPILOT_BUILD_COMMANDS=(node:nodejs npm:npm)
FLOWPILOT_TEST_COMMANDS=(chromium:chromium)

# Installs the Debian package of each COMMAND:PACKAGE whose command is not on the PATH.
flowpilot_install_commands() {
  local entry packages=()
  for entry in "$@"; do
    command -v "${entry%%:*}" >/dev/null 2>&1 || packages+=("${entry#*:}")
  done
  [ ${#packages[@]} -eq 0 ] || flowpilot_install_debian_packages "${packages[@]}"
}

# The headless commands, run by org.flowpilot.cli.Main on a plain class path (no OSGi), so they start fast.
FLOWPILOT_COMMANDS=(simulate explain diff validate import export)
# serve runs org.flowpilot.diagram.serve.ServeCommand on a plain class path too: the diagram server (GLSP, Jetty,
# Guice, ELK) and the model. Jars by symbolic name; a name ending in * takes every bundle it starts.
FLOWPILOT_SERVE_BUNDLES=(org.flowpilot.diagram org.flowpilot.model org.flowpilot.model.edit org.flowpilot.engine
  org.flowpilot.preview org.eclipse.emf.common
  org.eclipse.emf.ecore org.eclipse.emf.ecore.xmi org.eclipse.emf.ecore.change org.eclipse.emf.edit
  'org.eclipse.glsp.*' com.google.inject 'com.google.guava*' org.apache.servicemix.bundles.aopalliance
  jakarta.inject.jakarta.inject-api 'org.eclipse.lsp4j.*' org.apache.logging.log4j.api 'jakarta.websocket*'
  jakarta.servlet-api 'org.eclipse.jetty.*' slf4j.api 'org.eclipse.elk.*' org.eclipse.xtext.xbase.lib picocli
  com.google.gson org.flowpilot.example.extension)

# Prints the class path of serve in the product folder $1; fails when the diagram bundle is not there.
flowpilot_serve_classpath() {
  local product=$1 name jar entries=()
  [ -n "$(ls "$product"/plugins/org.flowpilot.diagram_*.jar 2>/dev/null)" ] || return 1
  for name in "${FLOWPILOT_SERVE_BUNDLES[@]}"; do
    if [ "${name%\*}" != "$name" ]; then
      for jar in "$product"/plugins/${name%\*}*.jar; do [ -f "$jar" ] && entries+=("$jar"); done
    else
      for jar in "$product"/plugins/"${name}"_*.jar; do [ -f "$jar" ] && entries+=("$jar"); done
    fi
  done
  (IFS=:; echo "${entries[*]}")
}

# Bundle jars the headless commands load, by symbolic name prefix; jars not in the product are left out.
FLOWPILOT_CLI_BUNDLES=(org.flowpilot.cli org.flowpilot.model org.flowpilot.library org.flowpilot.interop
  org.flowpilot.engine org.flowpilot.preview org.eclipse.emf.common org.eclipse.emf.ecore org.eclipse.emf.ecore.xmi picocli
  com.google.gson org.yaml.snakeyaml org.flowpilot.model.edit org.flowpilot.example.extension)

flowpilot_usage() {
  cat <<'TXT'
Usage: flowpilot [COMMAND] [ARGS...]

Without a command, opens the Flowpilot workbench (needs a display; on a headless machine:
xvfb-run -a -s '-screen 0 1400x900x24' flowpilot).

Commands:
  simulate   run a modeled flow for a scenario, step by step, and show what each person sees
  explain    which screens each person sees for a profile across a scenario matrix
  diff       what people see differently between two models, Graph files or backup folders
  validate   check a model against the Autopilot rules
  import     read Graph JSON/YAML, backup folders, AutopilotConfigurationFile.json or hardware-hash CSV
  export     write a model as Graph JSON, the offline profile file or hardware-hash CSV
  serve      serve the diagrams to a web browser
  build      (source checkout only) rebuild the product now
Run "flowpilot COMMAND --help" for a command's options.

Environment:
  JAVA_HOME            a JDK or JRE 21 or newer (else java on the PATH, else the newest in /usr/lib/jvm)
  FLOWPILOT_WORKSPACE  the workbench's workspace folder (default: ~/flowpilot-workspace)
  FLOWPILOT_VMARGS     extra JVM options
  FLOWPILOT_CLASS_DATA off: run the headless commands without the class-data archive that makes them start
                       faster (made once per JDK in the background, in cli/class-data or ~/.cache/flowpilot)
  FLOWPILOT_EXTENSIONS the folder of extension bundle jars (default: extensions/ in the product): the workbench
                       installs and starts a jar put there while it runs, and drops one taken out; the headless
                       commands load them at start
  FLOWPILOT_CLASSPATH  more jars for the headless commands, separated by ':' (extensions outside that folder)
TXT
}

# Prints the class path of the headless commands in the product folder $1: the unsigned copies of their jars in
# cli/ that the build made (prepare-product-cli), else the bundle jars in plugins/ ($2 = plugins forces these).
# Fails when the CLI is not there.
flowpilot_cli_classpath() {
  local product=$1 folder=${2:-} prefix jar entries=() cli=()
  if [ -z "$folder" ]; then
    cli=("$product"/cli/org.flowpilot.cli_*.jar)
    folder=plugins
    [ -f "${cli[0]}" ] && folder=cli
  fi
  for prefix in "${FLOWPILOT_CLI_BUNDLES[@]}"; do
    for jar in "$product/$folder/${prefix}"_*.jar; do
      [ -f "$jar" ] && entries+=("$jar")
    done
  done
  [ -f "${entries[0]:-}" ] && [[ "${entries[0]}" == */org.flowpilot.cli_*.jar ]] || return 1
  (IFS=:; echo "${entries[*]}")
}

# Class data for the headless commands. Most of a command's 0.8 s went to starting the JVM and loading its classes;
# a class-data archive of those classes, made for one JDK and one product build, halves that. On JDK 25+ it is an
# AOT cache (-XX:AOTCache, which also keeps method profiles), on JDK 21-24 an AppCDS dynamic archive
# (-XX:SharedArchiveFile). It is made once, in the background, by a training run of the commands on the example
# after the first command that found none or a stale one, into the product's cli/class-data when that is writable,
# else ~/.cache/flowpilot/class-data. The file is named after the JDK, and is stale when the JDK or a jar of the class
# path changed after it was made; a damaged one is ignored by the JVM, whose messages about it are turned off so that
# they never mix into a command's output. FLOWPILOT_CLASS_DATA=off runs without any archive.
FLOWPILOT_TRAINING_SCENARIO="Adele signs in to her laptop"

# Files from this size on make a command's work outweigh its start.
FLOWPILOT_LARGE_INPUT_BYTES=$((16 * 1024 * 1024))

# Prints the JVM options of a headless command, one per line: $1 java, $2 class path, $3 product folder, then the
# command's arguments. The quick C1 compiler alone starts fastest, but a command that reads a large file (a tenant's
# device list is 400 MB) runs its loops twice as fast with the optimizing compiler as well, and in a larger heap.
flowpilot_cli_jvm_options() {
  local java=$1 classpath=$2 product=$3 major archive argument large=""
  shift 3
  for argument in "$@"; do
    if [ -f "$argument" ] && [ "$(stat -L -c %s "$argument" 2>/dev/null || echo 0)" -ge "$FLOWPILOT_LARGE_INPUT_BYTES" ]; then
      large=yes
      break
    fi
  done
  printf '%s\n' -XX:+UseSerialGC
  # A large model stays in memory whole: a heap that starts large spares the collections of a growing one (explain
  # --devices over 100,000 devices: 4.2 s of CPU instead of 5.3), and a young generation that holds the whole model
  # spares the collection that would copy all of it (seen in one run of three: a 1 s pause at the end of a
  # 100,000-device explain).
  if [ -n "$large" ]; then
    printf '%s\n' -Xms2g -Xmn1536m
  else
    printf '%s\n' -XX:TieredStopAtLevel=1
  fi
  [ "${FLOWPILOT_CLASS_DATA:-on}" = off ] && return 0
  major=$(flowpilot_java_major "$java")
  archive=$(flowpilot_class_data_file "$java" "$classpath" "$product" "${major:-0}") || return 0
  if flowpilot_class_data_is_current "$archive" "$java" "$classpath"; then
    if [ "${major:-0}" -ge 25 ]; then
      printf '%s\n' "-XX:AOTCache=$archive" "-Xlog:aot*=off" "-Xlog:cds*=off"
    else
      printf '%s\n' "-XX:SharedArchiveFile=$archive" "-Xlog:cds*=off"
    fi
  else
    flowpilot_make_class_data "$java" "$classpath" "$product" "${major:-0}" "$archive"
  fi
}

# Prints where the class-data archive for java $1, class path $2 and product $3 (Java major version $4) lives: in
# the product's cli/class-data when that can be written, else in ~/.cache/flowpilot/class-data, named after the JDK
# (and there the product). Shell builtins only, as this runs on every start.
flowpilot_class_data_file() {
  local java=$1 product=$3 major=$4 folder java_home name
  [ "$major" -ge 21 ] || return 1
  java_home=${java%/bin/java}
  name="flowpilot-cli-${java_home//[^A-Za-z0-9.]/_}"
  if [ -w "$product/cli" ]; then
    folder="$product/cli/class-data"
  elif [ -n "${XDG_CACHE_HOME:-}" ] || [ -n "${HOME:-}" ]; then
    folder="${XDG_CACHE_HOME:-$HOME/.cache}/flowpilot/class-data"
    name="$name-${product//[^A-Za-z0-9.]/_}"
  else
    return 1
  fi
  name=${name:0:200}
  if [ "$major" -ge 25 ]; then
    echo "$folder/$name.aot"
  else
    echo "$folder/$name.jsa"
  fi
}

# Whether the archive $1 was made after the JDK of java $2 and every jar of class path $3 last changed; a JDK updated
# in place or a rebuilt product makes it stale.
flowpilot_class_data_is_current() {
  local archive=$1 java=$2 entries=() jar
  [ -f "$archive" ] || return 1
  [ "$archive" -nt "${java%/bin/java}/lib/modules" ] || return 1
  IFS=: read -r -a entries <<<"$3"
  for jar in "${entries[@]}"; do
    [ "$archive" -nt "$jar" ] || return 1
  done
}

# Makes the archive $5 in the background (java $1, class path $2, product $3, major version $4): a training run of the
# commands over the bundled example (org.flowpilot.cli.ClassDataTraining). Does nothing when the example is missing,
# the folder cannot be written or another command is already making it; never prints anything.
flowpilot_make_class_data() {
  local java=$1 classpath=$2 product=$3 major=$4 archive=$5
  local example="$product/examples/contoso.autopilot"
  [ -f "$example" ] || return 0
  (
    folder=$(dirname "$archive")
    mkdir -p "$folder" || exit 0
    lock="$archive.lock"
    if ! mkdir "$lock"; then
      # Another command is making it; a lock older than 10 minutes was left by one that died.
      [ -n "$(find "$lock" -maxdepth 0 -mmin +10)" ] || exit 0
      rm -rf "$lock"
      mkdir "$lock" || exit 0
    fi
    temporary="$archive.$$.tmp"
    trap 'rm -rf "$lock" "$temporary" "$temporary.config"' EXIT
    if [ "$major" -ge 25 ]; then
      option="-XX:AOTCacheOutput=$temporary"
    else
      option="-XX:ArchiveClassesAtExit=$temporary"
    fi
    nice -n 10 "$java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "$option" -cp "$classpath" \
      org.flowpilot.cli.ClassDataTraining "$example" "$FLOWPILOT_TRAINING_SCENARIO" \
      && [ -s "$temporary" ] && mv -f "$temporary" "$archive"
    # Archives made for other JDKs or products more than a month ago are likely of no use any more.
    find "$folder" -maxdepth 1 -name 'flowpilot-cli-*' ! -name "$(basename "$archive")" -mtime +30 -delete
  ) </dev/null >/dev/null 2>&1 &
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
