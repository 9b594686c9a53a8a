#!/usr/bin/env node
// Times Microsoft Recognizers-Text (culture zh-cn) on text files, one thread, for comparison with
// `duban bench`. Reading the files is excluded from the timing. Lines of the form key=value are
// for machines (`duban bench --compare-recognizers` reads them); lines starting with
// "recognizers-text:" are for people.
"use strict";

const fs = require("fs");
const path = require("path");
const { createRequire } = require("module");

const CULTURE = "zh-cn";
const SUITE_PACKAGE = "@microsoft/recognizers-text-suite";
const NUMBER_PACKAGE = "@microsoft/recognizers-text-number";
// The number-type recognisers Recognizers-Text has in some language; the JavaScript package may
// offer fewer, and the output says which of them it lacks.
const NUMBER_TYPES = ["Number", "Ordinal", "Percentage", "NumberRange"];

// The five number-type recognisers of the .NET and Python suites that exist in JavaScript for
// Chinese: the three of the number package and the two number-with-unit ones that read amounts.
const FIVE_NUMBER_TYPES = ["Number", "Ordinal", "Percentage", "Currency", "Dimension"];

// Every recognize* function of the suite, with the package and recogniser class that own its model.
const SUITE = [
  ["Number", NUMBER_PACKAGE, "NumberRecognizer"],
  ["Ordinal", NUMBER_PACKAGE, "NumberRecognizer"],
  ["Percentage", NUMBER_PACKAGE, "NumberRecognizer"],
  ["Age", "@microsoft/recognizers-text-number-with-unit", "NumberWithUnitRecognizer"],
  ["Currency", "@microsoft/recognizers-text-number-with-unit", "NumberWithUnitRecognizer"],
  ["Dimension", "@microsoft/recognizers-text-number-with-unit", "NumberWithUnitRecognizer"],
  ["Temperature", "@microsoft/recognizers-text-number-with-unit", "NumberWithUnitRecognizer"],
  ["DateTime", "@microsoft/recognizers-text-date-time", "DateTimeRecognizer"],
  ["PhoneNumber", "@microsoft/recognizers-text-sequence", "SequenceRecognizer"],
  ["IpAddress", "@microsoft/recognizers-text-sequence", "SequenceRecognizer"],
  ["Mention", "@microsoft/recognizers-text-sequence", "SequenceRecognizer"],
  ["Hashtag", "@microsoft/recognizers-text-sequence", "SequenceRecognizer"],
  ["Email", "@microsoft/recognizers-text-sequence", "SequenceRecognizer"],
  ["URL", "@microsoft/recognizers-text-sequence", "SequenceRecognizer"],
  ["GUID", "@microsoft/recognizers-text-sequence", "SequenceRecognizer"],
  ["Boolean", "@microsoft/recognizers-text-choice", "ChoiceRecognizer"],
];

const USAGE = `usage: node measure.js [options] FILE...
Times the number-type recognisers of ${NUMBER_PACKAGE} and every recogniser of
${SUITE_PACKAGE} (culture ${CULTURE}) on the files' text, one call per line.
Options:
  --warmup N         warm-up passes before timing (at least 1), lasting at least
                     --warmup-seconds in all (default 1)
  --warmup-seconds S (default 3)
  --runs N           timed runs; each repeats passes for at least 0.3 s (default 5)
  --max-seconds S    no further run starts after S seconds of a measurement; at least one run
                     is always made (default 60)
  --sample-mb M      if the input is larger, measure every k-th line so that about M megabytes
                     are measured, and say so (default 0.1; 0 measures everything)
  --only number|suite  measure only one of the two sets`;

// A timed run repeats passes for at least this long, so that fast sets are timed over many passes.
const MIN_RUN_NANOS = 300_000_000n;

function main(argv) {
  const options = parseArguments(argv);
  const input = readInput(options.files);
  const sample = sampleLines(input, options.sampleMb);
  const versions = [SUITE_PACKAGE, NUMBER_PACKAGE]
    .map((name) => `${name} ${packageVersion(name)}`)
    .join(", ");
  say(`${versions}, node ${process.version}, culture ${CULTURE}, one call per line`);
  say(describeSample(input, sample));
  print("recognizers_input_mb", (input.bytes / 1e6).toFixed(4));
  print("recognizers_measured_mb", (sample.bytes / 1e6).toFixed(4));
  print("recognizers_sampled", sample.lines.length < input.lines.length);

  if (options.only !== "suite") {
    const numberSet = numberRecognizers();
    const missing = NUMBER_TYPES.filter((t) => !numberSet.some((r) => r.type === t));
    say(
      `number set: ${numberSet.map((r) => r.name).join(" ")}` +
        (missing.length
          ? ` (${missing.map((t) => "recognize" + t).join(", ")}: not in ${NUMBER_PACKAGE} ` +
            `${packageVersion(NUMBER_PACKAGE)})`
          : ""),
    );
    report("number", numberSet, measure(numberSet, sample, options));
  }
  if (options.only !== "number") {
    const fiveSet = suiteRecognizers().filter((r) => FIVE_NUMBER_TYPES.includes(r.type));
    say(`five number-type set: ${fiveSet.map((r) => r.name).join(" ")}`);
    report("number5", fiveSet, measure(fiveSet, sample, options));
    const suiteSet = suiteRecognizers();
    say(
      `suite set: ${suiteSet.map((r) => r.name + (r.fallback ? "(en)" : "")).join(" ")}` +
        (suiteSet.some((r) => r.fallback)
          ? " ((en): no Chinese model, the English one is used)"
          : ""),
    );
    report("suite", suiteSet, measure(suiteSet, sample, options));
  }
}

function parseArguments(argv) {
  const options = {
    warmup: 1,
    warmupSeconds: 3,
    runs: 5,
    maxSeconds: 60,
    sampleMb: 0.1,
    only: null,
    files: [],
  };
  const numeric = {
    "--warmup": "warmup",
    "--warmup-seconds": "warmupSeconds",
    "--runs": "runs",
    "--max-seconds": "maxSeconds",
    "--sample-mb": "sampleMb",
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (arg in numeric) {
      const value = Number(argv[++i]);
      if (!Number.isFinite(value) || value < 0) {
        fail(`${arg} needs a number of zero or more; see --help`);
      }
      options[numeric[arg]] = value;
    } else if (arg === "--only") {
      options.only = argv[++i];
      if (options.only !== "number" && options.only !== "suite") {
        fail("--only takes number or suite");
      }
    } else if (arg.startsWith("--")) {
      fail(`unknown option ${arg}; see --help`);
    } else {
      options.files.push(arg);
    }
  }
  if (options.files.length === 0) {
    fail("no input; give the text files to measure on (see --help)");
  }
  options.runs = Math.max(1, Math.floor(options.runs));
  return options;
}

function readInput(files) {
  const lines = [];
  let bytes = 0;
  for (const file of files) {
    let text;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch (e) {
      fail(`cannot read ${file}: ${e.message}; check the path`);
    }
    bytes += Buffer.byteLength(text, "utf8");
    for (const line of text.split("\n")) {
      lines.push(line);
    }
  }
  return { files: files.length, lines, bytes };
}

// Recognizers-Text is made for short utterances and slows down more than linearly on long texts,
// so it is given one line (a paragraph in these documents) per call: its best case.
function sampleLines(input, sampleMb) {
  const budget = sampleMb * 1e6;
  const step = budget > 0 && input.bytes > budget ? Math.ceil(input.bytes / budget) : 1;
  const lines = step === 1 ? input.lines : input.lines.filter((_, i) => i % step === 0);
  const bytes =
    step === 1 ? input.bytes : lines.reduce((sum, l) => sum + Buffer.byteLength(l, "utf8") + 1, 0);
  return { lines, bytes, step };
}

function describeSample(input, sample) {
  const whole = `${input.files} files, ${mb(input.bytes)} MB in ${input.lines.length} lines`;
  if (sample.step === 1) {
    return `input: ${whole}; measured on all of it`;
  }
  return (
    `input: ${whole}; input is large, so measured on a sample: every ${sample.step}th line, ` +
    `${sample.lines.length} lines, ${mb(sample.bytes)} MB (--sample-mb 0 measures everything)`
  );
}

function numberRecognizers() {
  const exports = require(NUMBER_PACKAGE);
  const recognizer = new exports.NumberRecognizer(CULTURE);
  return NUMBER_TYPES.filter((type) => typeof exports["recognize" + type] === "function").map(
    (type) => model(recognizer, type),
  );
}

function suiteRecognizers() {
  const suite = require(SUITE_PACKAGE);
  const exported = Object.keys(suite).filter((k) => k.startsWith("recognize"));
  const known = SUITE.map(([type]) => "recognize" + type);
  const unknown = exported.filter((name) => !known.includes(name));
  if (unknown.length) {
    fail(`${SUITE_PACKAGE} has recognisers this script does not time: ${unknown.join(", ")}`);
  }
  const recognizers = new Map();
  return SUITE.filter(([type]) => exported.includes("recognize" + type)).map(([type, pkg, cls]) => {
    const key = pkg + "#" + cls;
    if (!recognizers.has(key)) {
      recognizers.set(key, new (suiteRequire(pkg)[cls])(CULTURE));
    }
    return model(recognizers.get(key), type);
  });
}

// Models are built once, outside the timing, as a long-running service would hold them; the
// recognize* convenience functions would build a recogniser on every call.
function model(recognizer, type) {
  const getter = recognizer["get" + type + "Model"].bind(recognizer);
  let fallback = false;
  let instance;
  try {
    instance = getter(CULTURE, false);
  } catch (e) {
    // Some recognisers (sequences) have no Chinese model; the library then uses English.
    instance = getter(CULTURE, true);
    fallback = true;
  }
  return { type, name: "recognize" + type, model: instance, fallback };
}

function measure(set, sample, options) {
  const start = process.hrtime.bigint();
  const warmupEnd = start + BigInt(Math.round(options.warmupSeconds * 1e9));
  let results;
  // The first warm-up pass also counts the results; there is always one.
  for (let i = 0; i < Math.max(1, options.warmup) || process.hrtime.bigint() < warmupEnd; i++) {
    const warm = pass(set, sample.lines);
    results = results || warm.results;
  }
  const deadline = start + BigInt(Math.round(options.maxSeconds * 1e9));
  const rates = [];
  const nanosByRecognizer = new Array(set.length).fill(0n);
  while (
    rates.length < options.runs &&
    (rates.length === 0 || process.hrtime.bigint() < deadline)
  ) {
    const runStart = process.hrtime.bigint();
    let passes = 0;
    let elapsed;
    do {
      const timed = pass(set, sample.lines);
      timed.nanos.forEach((n, i) => (nanosByRecognizer[i] += n));
      passes++;
      elapsed = process.hrtime.bigint() - runStart;
    } while (elapsed < MIN_RUN_NANOS);
    rates.push((sample.bytes * passes) / 1e6 / (Number(elapsed) / 1e9));
  }
  return { rates, results, nanosByRecognizer };
}

// One pass: each recogniser over every line, recogniser by recogniser so each can be timed alone.
function pass(set, lines) {
  const results = [];
  const nanos = [];
  for (const recognizer of set) {
    const start = process.hrtime.bigint();
    let count = 0;
    for (const line of lines) {
      count += recognizer.model.parse(line).length;
    }
    nanos.push(process.hrtime.bigint() - start);
    results.push(count);
  }
  return { results, nanos };
}

function report(label, set, measurement) {
  const total = measurement.nanosByRecognizer.reduce((a, b) => a + b, 0n);
  const shares = set
    .map((r, i) => `${r.type} ${percent(measurement.nanosByRecognizer[i], total)}`)
    .join(" ");
  say(`${label}: ${measurement.rates.length} runs (MB/s): ${measurement.rates.map(fmt).join(" ")}`);
  say(`${label}: share of time: ${shares}`);
  set.forEach((r, i) =>
    print(`recognizers_${label}_results_${snake(r.type)}`, measurement.results[i]),
  );
  print(
    `recognizers_${label}_results`,
    measurement.results.reduce((a, b) => a + b, 0),
  );
  print(`recognizers_${label}_runs`, measurement.rates.length);
  print(`recognizers_${label}_mb_per_s`, fmt(median(measurement.rates)));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  return n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

function suiteRequire(name) {
  // The suite's own dependencies, resolved from the suite so its versions are the ones timed.
  return createRequire(require.resolve(SUITE_PACKAGE))(name);
}

function packageVersion(name) {
  const main = require.resolve(name);
  let dir = path.dirname(main);
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    dir = path.dirname(dir);
  }
  return JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).version;
}

function snake(type) {
  return type.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
}

function percent(part, total) {
  return total === 0n ? "0%" : `${((Number(part) / Number(total)) * 100).toFixed(0)}%`;
}

function fmt(rate) {
  return rate >= 1 ? rate.toFixed(2) : rate.toPrecision(3);
}

function mb(bytes) {
  return (bytes / 1e6).toFixed(2);
}

function say(message) {
  console.log("recognizers-text: " + message);
}

function print(key, value) {
  console.log(`${key}=${value}`);
}

function fail(message) {
  console.error("measure.js: " + message);
  process.exit(2);
}

main(process.argv.slice(2));
