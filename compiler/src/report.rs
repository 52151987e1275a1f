//! Reports of a `molt test --diff` run: the JSON document (one per shard, mergeable), the
//! JUnit XML for CI systems, and the human summary. Formats are described in
//! `specs/oracle.md`; the JSON carries a `version` so readers can refuse what they do not know.

use crate::difftest::{ProgramResult, Status};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

pub const REPORT_VERSION: u32 = 1;

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Shard {
    pub index: usize,
    pub count: usize,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Entry {
    pub program: String,
    /// `pass`, `rejected` (as expected), `known` (a tracked divergence) or `fail`.
    pub status: String,
    /// The failure class when `status` is `fail`, the signature when it is `known`.
    pub class: String,
    pub detail: String,
    pub cpython_ms: Option<f64>,
    pub molt_ms: Option<f64>,
    /// CPython's time over Molt's: above 1.0, Molt is faster.
    pub speedup: Option<f64>,
    pub allocs: Option<u64>,
    pub peak_heap_bytes: Option<u64>,
    pub max_rss_kb: Option<u64>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Report {
    pub version: u32,
    pub shard: Option<Shard>,
    pub passed: usize,
    pub rejected_as_expected: usize,
    pub failed: usize,
    /// Programs whose `known-divergence` header still holds (specs/fuzzing.md).
    #[serde(default)]
    pub known_divergences: usize,
    pub programs: Vec<Entry>,
}

impl Entry {
    pub fn new(program: &Path, r: &ProgramResult) -> Entry {
        let (status, class, detail) = match &r.status {
            Status::Pass => ("pass", "", String::new()),
            Status::RejectedAsExpected => ("rejected", "", String::new()),
            Status::Fail { class, detail } => ("fail", *class, detail.clone()),
            Status::KnownDivergence { signature } => ("known", signature.as_str(), String::new()),
        };
        let ms = |d: Option<std::time::Duration>| d.map(|t| t.as_secs_f64() * 1000.0);
        let speedup = match (r.cpython_time, r.molt_time) {
            (Some(c), Some(m)) => Some(c.as_secs_f64() / m.as_secs_f64().max(1e-9)),
            _ => None,
        };
        Entry {
            program: program.display().to_string(),
            status: status.into(),
            class: class.into(),
            detail,
            cpython_ms: ms(r.cpython_time),
            molt_ms: ms(r.molt_time),
            speedup,
            allocs: r.stats.as_ref().map(|s| s.allocs),
            peak_heap_bytes: r.stats.as_ref().map(|s| s.peak_heap_bytes),
            max_rss_kb: r.stats.as_ref().map(|s| s.max_rss_kb),
        }
    }
}

impl Report {
    pub fn new(shard: Option<Shard>, programs: Vec<Entry>) -> Report {
        let count = |s: &str| programs.iter().filter(|e| e.status == s).count();
        Report { version: REPORT_VERSION, shard, passed: count("pass"), rejected_as_expected: count("rejected"), failed: count("fail"), known_divergences: count("known"), programs }
    }

    /// Merges the reports of the shards of one run. Every shard of the run must be present
    /// exactly once (a missing shard would silently shrink the corpus).
    pub fn merge(reports: Vec<Report>) -> Result<Report, String> {
        if let Some(r) = reports.iter().find(|r| r.version != REPORT_VERSION) {
            return Err(format!("report version {} is not supported (expected {REPORT_VERSION})", r.version));
        }
        let sharded: Vec<&Shard> = reports.iter().filter_map(|r| r.shard.as_ref()).collect();
        if !sharded.is_empty() {
            if sharded.len() != reports.len() {
                return Err("some reports are sharded and some are not".into());
            }
            let n = sharded[0].count;
            if sharded.iter().any(|s| s.count != n) {
                return Err("the reports come from runs with different shard counts".into());
            }
            for k in 1..=n {
                match sharded.iter().filter(|s| s.index == k).count() {
                    0 => return Err(format!("shard {k}/{n} is missing")),
                    1 => {}
                    _ => return Err(format!("shard {k}/{n} is given more than once")),
                }
            }
        }
        let mut programs = BTreeMap::new();
        for e in reports.into_iter().flat_map(|r| r.programs) {
            if programs.contains_key(&e.program) {
                return Err(format!("{} appears in more than one report", e.program));
            }
            programs.insert(e.program.clone(), e);
        }
        Ok(Report::new(None, programs.into_values().collect()))
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    pub fn from_json(text: &str) -> Result<Report, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    /// JUnit XML: one test case per program; a failure's type is its class.
    pub fn to_junit(&self) -> String {
        let total_s: f64 = self.programs.iter().map(|e| e.cpython_ms.unwrap_or(0.0) + e.molt_ms.unwrap_or(0.0)).sum::<f64>() / 1000.0;
        let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x += &format!("<testsuites name=\"molt test --diff\" tests=\"{}\" failures=\"{}\" time=\"{total_s:.3}\">\n", self.programs.len(), self.failed);
        x += &format!("  <testsuite name=\"oracle\" tests=\"{}\" failures=\"{}\" time=\"{total_s:.3}\">\n", self.programs.len(), self.failed);
        for e in &self.programs {
            let (dir, name) = e.program.rsplit_once('/').unwrap_or(("", &e.program));
            let time = (e.cpython_ms.unwrap_or(0.0) + e.molt_ms.unwrap_or(0.0)) / 1000.0;
            x += &format!("    <testcase classname=\"{}\" name=\"{}\" time=\"{time:.3}\"", xml_escape(&dir.replace('/', ".")), xml_escape(name));
            match e.status.as_str() {
                "fail" => {
                    let first = e.detail.lines().next().unwrap_or("");
                    x += &format!(">\n      <failure type=\"{}\" message=\"{}\">{}</failure>\n    </testcase>\n", e.class, xml_escape(first), xml_escape(&e.detail));
                }
                "rejected" => x += ">\n      <system-out>rejected as expected</system-out>\n    </testcase>\n",
                "known" => x += &format!(">\n      <skipped message=\"known divergence {}\"/>\n    </testcase>\n", xml_escape(&e.class)),
                _ => x += "/>\n",
            }
        }
        x += "  </testsuite>\n</testsuites>\n";
        x
    }

    /// The closing lines of the human report: counts, failures by class, speed.
    pub fn summary(&self) -> String {
        let mut s = format!("{} programs ({} rejected as expected)\n", self.programs.len(), self.rejected_as_expected);
        let mut speedups: Vec<f64> = self.programs.iter().filter(|e| e.status == "pass").filter_map(|e| e.speedup).collect();
        if !speedups.is_empty() {
            speedups.sort_by(f64::total_cmp);
            let geo = (speedups.iter().map(|v| v.ln()).sum::<f64>() / speedups.len() as f64).exp();
            s += &format!("speed vs CPython (wall time, start-up included): geometric mean {geo:.1}x, lowest {:.1}x\n", speedups[0]);
        }
        let mut classes: BTreeMap<&str, usize> = BTreeMap::new();
        for e in self.programs.iter().filter(|e| e.status == "fail") {
            *classes.entry(&e.class).or_default() += 1;
        }
        if !classes.is_empty() {
            let list: Vec<String> = classes.iter().map(|(c, n)| format!("{n} {c}")).collect();
            s += &format!("failures by class: {}\n", list.join(", "));
        }
        if self.known_divergences > 0 {
            let list: Vec<&str> = self.programs.iter().filter(|e| e.status == "known").map(|e| e.program.as_str()).collect();
            s += &format!("{} known divergences (tracked bugs): {}\n", self.known_divergences, list.join(", "));
        }
        s += &format!("{} passed, {} failed\n", self.passed + self.rejected_as_expected, self.failed);
        s
    }
}

/// One failure as the human report shows it: a header line and the indented detail.
pub fn failure_text(e: &Entry) -> String {
    let mut s = format!("FAIL {} [{}]\n", e.program, e.class);
    for line in e.detail.lines() {
        s += &format!("    {line}\n");
    }
    s
}

fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // XML 1.0 cannot carry most control characters, even escaped.
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\r' | '\t') => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(program: &str, status: &str) -> Entry {
        let class = if status == "fail" { "output-mismatch" } else { "" };
        Entry {
            program: program.into(),
            status: status.into(),
            class: class.into(),
            detail: if status == "fail" { "a <b> & \"c\"\n\x01".into() } else { String::new() },
            cpython_ms: Some(20.0),
            molt_ms: Some(2.0),
            speedup: Some(10.0),
            allocs: Some(3),
            peak_heap_bytes: Some(100),
            max_rss_kb: Some(2000),
        }
    }

    #[test]
    fn merge_requires_every_shard_once() {
        let shard = |k, progs: Vec<Entry>| Report::new(Some(Shard { index: k, count: 2 }), progs);
        let merged = Report::merge(vec![shard(2, vec![entry("b.py", "fail")]), shard(1, vec![entry("a.py", "pass")])]).unwrap();
        assert_eq!((merged.passed, merged.failed, merged.shard.clone()), (1, 1, None));
        assert_eq!(merged.programs[0].program, "a.py");
        let back = Report::from_json(&merged.to_json()).unwrap();
        assert_eq!(back, merged);
        assert_eq!(Report::merge(vec![shard(1, vec![])]).unwrap_err(), "shard 2/2 is missing");
        assert!(Report::merge(vec![shard(1, vec![]), shard(1, vec![]), shard(2, vec![])]).unwrap_err().contains("more than once"));
        assert!(Report::merge(vec![shard(1, vec![entry("a.py", "pass")]), shard(2, vec![entry("a.py", "pass")])]).unwrap_err().contains("more than one report"));
    }

    #[test]
    fn junit_is_escaped_and_counts_failures() {
        let r = Report::new(None, vec![entry("corpus/core/a.py", "pass"), entry("corpus/core/b.py", "fail"), entry("corpus/reject/c.py", "rejected")]);
        let x = r.to_junit();
        assert!(x.contains("tests=\"3\" failures=\"1\""), "{x}");
        assert!(x.contains("<testcase classname=\"corpus.core\" name=\"a.py\" time=\"0.022\"/>"), "{x}");
        assert!(x.contains("<failure type=\"output-mismatch\" message=\"a &lt;b&gt; &amp; &quot;c&quot;\">"), "{x}");
        assert!(x.contains("\\x01"), "{x}");
        assert!(!x.contains('\x01'));
    }
}
