## /haven timezone, /haven export and /haven delete (cogs/me.py).

cmd-haven-timezone-description = Set your time zone (days and reminders follow it)
cmd-haven-timezone-zone-description = an IANA zone name
cmd-haven-export-description = Get all your data as a JSON file, privately
cmd-haven-delete-description = Erase everything about you in this community

# $example: the command to type ("/haven timezone Europe/Helsinki").
me-zone-button-gone = That button no longer works. Type your zone: `{ $example }`
# $zone: an IANA zone; $time: "21:05" there; $weekday, $month: names; $day: the day of the month;
# $resume: "yes" when a command held until the zone was known runs next.
me-zone-set = Your time zone is now **{ $zone }** — it's { $time } on { $weekday } { NUMBER($day, minimumIntegerDigits: 2) } { $month } there. Days and reminders follow it.{ $resume ->
        [yes] {" "}Now, what you asked for:
       *[no] {""}
    }

# $withheld: the marker that replaces each note in the file ("(withheld)"; stays as it is).
me-export-warning = Your export includes your private notes. Slack workspace owners on some plans can export files in DMs. Send it with your notes, or with each note replaced by “{ $withheld }”?
me-export-with-notes = Send with notes
me-export-without-notes = Send without notes
me-export-button-gone = That button no longer does anything. Try `/haven export` again.
me-export-ready = Here is everything Haven holds about you in this community. Only you see this.
me-export-ready-withheld = Here is everything Haven holds about you in this community. Only you see this. Your notes are replaced by “{ $withheld }”.
