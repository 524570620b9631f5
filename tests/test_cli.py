"""The command line, run in-process: outputs, mirrored paths, JSONL, stdin, exit codes, explain, rules check."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys

import pytest
from conftest import FIXTURES

import cleaner
from cleaner.cli import main

SEED = FIXTURES / "golden" / "eureporter-id-kazakhstan.txt"
SEED_EXPECTED = SEED.with_name("eureporter-id-kazakhstan.expected.txt")
ARTICLE = "The harbour reopened on Monday after a week of storms.\n\nAdvertisement\n\nFishing boats went out at dawn.\n"


def test_single_file_to_stdout_is_exactly_the_expected_body(capsys):
    assert main(["clean", str(SEED)]) == 0
    assert capsys.readouterr().out == SEED_EXPECTED.read_text(encoding="utf-8")


def test_python_dash_m_runs_the_same_command():
    done = subprocess.run(
        [sys.executable, "-m", "cleaner", "clean", str(SEED)], capture_output=True, text=True, encoding="utf-8"
    )
    assert (done.returncode, done.stdout) == (0, SEED_EXPECTED.read_text(encoding="utf-8"))


def test_stdin_dash(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    assert main(["clean", "-"]) == 0
    assert capsys.readouterr().out == (
        "The harbour reopened on Monday after a week of storms.\n\nFishing boats went out at dawn.\n"
    )


def test_folder_is_mirrored_into_outdir(tmp_path):
    src = tmp_path / "in"
    (src / "a" / "b").mkdir(parents=True)
    shutil.copy(SEED, src / "a" / "b" / "seed.txt")
    (src / "top.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "ignored.csv").write_text("x,y\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["clean", str(src), "-o", str(out)]) == 0
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == ["a/b/seed.txt", "top.txt"]
    assert (out / "a" / "b" / "seed.txt").read_text(encoding="utf-8") == SEED_EXPECTED.read_text(encoding="utf-8")


def test_jsonl_keeps_fields_replaces_text_and_adds_metadata(tmp_path):
    src = tmp_path / "pages.jsonl"
    records = [
        {"id": 1, "url": "https://www.eureporter.co/a", "text": SEED.read_text(encoding="utf-8"), "extra": [1, 2]},
        {"id": 2, "text": ARTICLE},
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["clean", str(src), "-o", str(out)]) == 0
    got = [json.loads(line) for line in (out / "pages.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [g["id"] for g in got] == [1, 2]
    assert got[0]["extra"] == [1, 2]
    assert got[0]["text"] + "\n" == SEED_EXPECTED.read_text(encoding="utf-8")
    assert got[0]["cleaner"]["site"] == "eureporter.co"
    assert got[0]["cleaner"]["title"] == "Presiden Kazakh di jalur kemenangan pemilu"
    meta = got[1]["cleaner"]
    assert {k: meta[k] for k in ("status", "site", "title", "removed")} == {
        "status": "ok",
        "site": None,
        "title": None,
        "removed": 1,
    }
    assert meta["version"] == cleaner.__version__
    assert len(meta["rules"]) == 12 and meta["rules"] == got[0]["cleaner"]["rules"]
    assert 0 < meta["word_loss"] < 0.2


def test_progress_line_counts_the_documents_of_one_input_cleaned_by_two_workers(tmp_path, capsys):
    src = tmp_path / "pages.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": ARTICLE}) + "\n" for i in range(30)), encoding="utf-8")
    assert main(["clean", str(src), "-o", str(tmp_path / "out"), "--jobs", "2", "--progress", "always"]) == 0
    assert "cleaner: 1/1 inputs, 30 documents, " in capsys.readouterr().err


def test_failures_are_named_and_the_rest_is_written(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (src / "empty.txt").write_text("Advertisement\n", encoding="utf-8")
    (src / "records.jsonl").write_text('{"text": "Fine sentence here."}\n{broken\n{"no_text": 1}\n', encoding="utf-8")
    out = tmp_path / "out"
    assert main(["clean", str(src), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "binary.txt: error: binary data" in err
    assert "empty.txt: error: empty body" in err
    assert "records.jsonl:2: error: not a JSON record" in err
    assert "records.jsonl:3: error: field 'text' is missing" in err
    assert (out / "good.txt").exists() and not (out / "binary.txt").exists()
    assert len((out / "records.jsonl").read_text(encoding="utf-8").splitlines()) == 1
    errors_file = out / ".cleaner" / "errors.jsonl"
    assert f"listed in {errors_file}" in err
    errors = [json.loads(line) for line in errors_file.read_text(encoding="utf-8").splitlines()]
    assert len(errors) == 4 and all(e["reason"] for e in errors)
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["good.txt", "records.jsonl"]


def test_a_rank_names_its_own_errors_file(tmp_path, capsys):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    out = tmp_path / "out"
    assert (
        main(
            [
                "clean",
                str(tmp_path / "a.txt"),
                str(tmp_path / "b.txt"),
                "-o",
                str(out),
                "--rank",
                "1",
                "--world-size",
                "2",
            ]
        )
        == 1
    )
    errors_file = out / ".cleaner" / "errors.rank-00001-of-00002.jsonl"
    assert f"listed in {errors_file}" in capsys.readouterr().err
    assert [json.loads(line)["input"] for line in errors_file.read_text(encoding="utf-8").splitlines()] == [
        str(tmp_path / "b.txt")
    ]


def test_output_never_overwrites_input(tmp_path, capsys):
    (tmp_path / "page.txt").write_text(ARTICLE, encoding="utf-8")
    assert main(["clean", str(tmp_path), "-o", str(tmp_path)]) == 1
    assert "would overwrite an input" in capsys.readouterr().err
    assert (tmp_path / "page.txt").read_text(encoding="utf-8") == ARTICLE


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["clean", "FOLDER"], "give -o OUTDIR"),
        (["clean", "SEED", "--site", "nosuch.example"], "no rules for site 'nosuch.example'"),
        (["clean", "SEED", "--rules", "BADRULES"], "bad.yaml:2:1: rulez: unknown key 'rulez'"),
    ],
    ids=["folder-without-outdir", "unknown-site", "bad-rule-file"],
)
def test_usage_errors_exit_2(tmp_path, capsys, args, message):
    (tmp_path / "bad.yaml").write_text("site: x.org\nrulez: []\n", encoding="utf-8")
    subst = {"FOLDER": str(tmp_path), "SEED": str(SEED), "BADRULES": str(tmp_path / "bad.yaml")}
    assert main([subst.get(a, a) for a in args]) == 2
    assert message in capsys.readouterr().err


def test_explain_lists_removed_lines_with_rule_and_place(capsys):
    assert main(["explain", str(SEED), "--color", "never"]) == 0
    out = capsys.readouterr().out
    assert "   34 - iklan  [eureporter.ad-label] rules/sites/eureporter.co.yaml:" in out
    assert "\033[" not in out
    assert "title: Presiden Kazakh di jalur kemenangan pemilu" in out


def test_rules_check(tmp_path, capsys):
    assert main(["rules", "check"]) == 0
    assert capsys.readouterr().out.startswith("ok: ")
    bad = tmp_path / "bad.yaml"
    bad.write_text("site: x.org\nrules:\n  - {id: x.a, op: drop, regex: '(oops'}\n", encoding="utf-8")
    assert main(["rules", "check", str(bad)]) == 2
    assert f"{bad}:3:" in capsys.readouterr().err


def test_rules_ops_documents_every_operation(capsys):
    assert main(["rules", "ops"]) == 0
    out = capsys.readouterr().out
    for op in ("title:", "body-start:", "body-end:", "keep:", "drop:"):
        assert op in out


def test_rules_check_of_builtin_files_does_not_see_them_twice(capsys):
    from cleaner.ruleset import builtin_rules_dir

    assert main(["rules", "check", str(builtin_rules_dir())]) == 0
    assert capsys.readouterr().out.startswith("ok: ")
