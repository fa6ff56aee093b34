"""A search outbox backlog that names the same exhibits again and again (an indexer killed or
stopped while curators kept saving): catching up applies each exhibit once."""

from sqlalchemy import func, select

from museum import db
from museum.cli import main
from museum.models import IndexOutbox
from museum.search.indexer import BATCH


def test_a_backlog_naming_exhibits_many_times_is_applied_once(app, runner, make_exhibit):
    app.config["INDEXER"] = "external"  # saves only queue, as beside gunicorn
    exhibits = [make_exhibit(), make_exhibit(), make_exhibit(kind="award")]
    with app.app_context(), db.write_session(run_hooks=False) as session:
        for _ in range(BATCH):  # three times more rows than one batch reads
            session.add_all(IndexOutbox(exhibit_id=exhibit.id) for exhibit in exhibits)

    result = runner.invoke(main, ["indexer", "--once"])
    assert result.exit_code == 0, result.output
    assert result.output.count(" applied: ") == 1, result.output
    assert "Applied the changes of 3 exhibit(s); the outbox is empty." in result.output
    with app.app_context():
        assert db.session().scalar(select(func.count()).select_from(IndexOutbox)) == 0
    checked = runner.invoke(main, ["check"])
    assert checked.exit_code == 0, checked.output


def test_a_change_queued_behind_the_backlog_still_reaches_the_index(app, runner, make_exhibit):
    app.config["INDEXER"] = "external"
    first = make_exhibit()
    with app.app_context(), db.write_session(run_hooks=False) as session:
        session.add_all(IndexOutbox(exhibit_id=first.id) for _ in range(BATCH))
    second = make_exhibit()  # queued behind more rows than one batch reads

    result = runner.invoke(main, ["indexer", "--once"])
    assert result.exit_code == 0, result.output
    applied = [line for line in result.output.splitlines() if " applied: " in line]
    assert len(applied) == 2, result.output
    assert first.accession_number in applied[0] and second.accession_number in applied[1]
    assert "Applied the changes of 2 exhibit(s)" in result.output
    assert runner.invoke(main, ["check"]).exit_code == 0
