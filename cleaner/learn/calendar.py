"""Month and weekday names, so that a date line learned in June also matches one written in July.

A sample of pages usually spans a few days or weeks: the month in its date lines never varies there,
and a rule learned from it would stop matching a month later. In a line that also holds a number,
these names count as a varying part, like the numbers. Full names, plus the usual three- and
four-letter month abbreviations (weekday abbreviations such as "Sun" or "Sat" are left out: they are
too often a word or a name). Scripts that write dates in digits (Chinese, Japanese, Korean) need none.
"""

# The names are the data: the Turkish dotless i is a letter of them, not a look-alike.
# ruff: noqa: RUF001

from __future__ import annotations

MONTHS = {
    "en": "january february march april may june july august september october november december",
    "de": "januar jänner februar märz april mai juni juli august september oktober november dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "id": "januari februari maret april mei juni juli agustus september oktober november desember",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "tr": "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря "
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince "
    "leden únor březen duben květen červen červenec srpen říjen listopad prosinec",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
    "lokakuuta marraskuuta joulukuuta tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu "
    "elokuu syyskuu lokakuu marraskuu joulukuu",
}
# Not "ago" (agosto) nor "set" (setembro): English words that sit next to numbers ("2 hours ago").
MONTH_ABBREVIATIONS = "jan feb mar apr jun jul aug sep sept oct nov dec okt dez mrt ene dic"
WEEKDAYS = {
    "en": "monday tuesday wednesday thursday friday saturday sunday",
    "de": "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pt": "segunda terça quarta quinta sexta sábado domingo feira",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "id": "senin selasa rabu kamis jumat jum'at sabtu minggu ahad",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "tr": "pazartesi salı çarşamba perşembe cuma cumartesi pazar",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье",
    "uk": "понеділок вівторок середа четвер пʼятниця субота неділя",
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai",
}
CALENDAR_WORDS = frozenset(
    word for table in (MONTHS, WEEKDAYS) for names in table.values() for word in names.split()
) | frozenset(MONTH_ABBREVIATIONS.split())
