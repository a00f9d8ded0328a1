// Package timetable is the statutory clock of the failure regime: the
// working days of England and Wales, the timetable of a trust special
// administration under NHS Act 2006 Chapter 5A as each text of the law set
// it, and the timeline of quality special measures.
//
// [EnglandAndWales] returns the working-day calendar: every day but
// weekends, Christmas Day, Good Friday and bank holidays, computed from
// the standing rules for any year from 1948 to 2100, with the announced
// one-off changes as data. [TSAPeriodsFor] gives the periods of the law in
// force on the day of an order (2010, 2014 or 2022), and [TSATimetable]
// turns an order into its dated deadlines, from the appointment to the
// decisions, counting "the period of n working days beginning with the
// day" of the step before, from what actually happened where it is known.
package timetable
