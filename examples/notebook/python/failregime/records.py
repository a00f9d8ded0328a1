"""Decisions as flat records: one dict of strings per decision, for a
data frame or a spreadsheet.

The records are made by the Go library (regime/api's "records"), so they
are exactly the rows of the command-line tool's CSV
(go run ./examples/failregime assess -format csv): the same columns, in
the same order, with the same cells.
"""

__all__ = ["RECORD_COLUMNS", "frame", "pandas"]

# The columns, in order; they change only with the API's schema.
#   decision_date, facts_date  the rules' date and the facts' date
#   framework, edition, hash   the edition (or variant) that decided
#   subject_kind, subject_id, subject_name
#                              provider, commissioner, economy, service or asset
#   rule_set                   the rule set applied
#   verdict                    met, not_met or unknown
#   regime, intensity, code, text
#                              the ruling of a met decision; empty otherwise
#   missing                    the facts whose absence left it unknown, "; "-joined
#   reason                     the decision's reason, in one line
RECORD_COLUMNS = (
    "decision_date", "facts_date", "framework", "edition", "hash",
    "subject_kind", "subject_id", "subject_name", "rule_set", "verdict",
    "regime", "intensity", "code", "text", "missing", "reason",
)


def pandas():
    """The pandas module, or an ImportError that says what to do."""
    try:
        import pandas
    except ImportError as e:
        raise ImportError(
            "failregime.decision_frame needs pandas, which is not installed "
            "(pip install pandas); failregime.records gives the same rows as "
            "a list of dicts without it"
        ) from e
    return pandas


def frame(records):
    """records as a pandas DataFrame with RECORD_COLUMNS, in order, even
    when there are none."""
    return pandas().DataFrame.from_records(list(records), columns=list(RECORD_COLUMNS))
