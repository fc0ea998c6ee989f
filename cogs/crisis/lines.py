"""Haven's default crisis lines by country (ISO 3166 alpha-2), shown by /crisis
and /sos when a moderator set the community's country (``/mod country``).

Every number was checked against the source cited beside it, quoting the words
that state it. The numbers live here, once; the words around them (the
country's name, the helpline's description) are in each language's catalogue
(``locales/<locale>/crisis.ftl``: ``crisis-country-<CC>``, ``crisis-helpline-<CC>``),
which takes the numbers as ``$number`` and ``$number2`` so no translation can
misspell one. A country whose national helpline could not be verified lists
its emergency number only — a number is never guessed. Recheck each source
when editing; a wrong number in a crisis is the worst bug Haven could have.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Lines:
    name: str  # the country in English (/mod country's reply, not yet translated)
    emergency: tuple[str, ...]  # ("911",); several are alternatives ("112 or 999")
    helpline: tuple[str, ...] = ()  # the national line's number(s); none if unverified


LINES: dict[str, Lines] = {
    # 911: https://www.fcc.gov/consumer-information — "The official emergency number
    # in the United States and Canada is 9-1-1."
    # 988: https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline
    # — "988 is free, confidential, and available 24/7. Simply call or text 988—or chat
    # online at 988Lifeline.org".
    "US": Lines("the United States", ("911",), ("988",)),
    # 911: https://crtc.gc.ca/eng/archive/2019/2019-226.htm — "When a 9-1-1 call is made
    # in Canada today …". 988: https://www.newswire.ca/news-releases/government-of-canada-
    # launches-three-digit-suicide-crisis-helpline-896472116.html — "9-8-8, Canada's new
    # three-digit suicide crisis helpline, is now available to call or text, in English
    # and French, 24 hours a day and seven days a week, across Canada."
    "CA": Lines("Canada", ("911",), ("988",)),
    # 999: https://youth.devon-cornwall.police.uk/young-people/crime-and-the-law/contacting-the-police
    # — "If you need help in an emergency, you should call 999."
    # Samaritans: https://www.samaritans.org/how-we-can-help/contact-samaritan/ — "This
    # number is free to call from both landlines and mobiles … to call 116 123."
    "GB": Lines("the United Kingdom", ("999",), ("116 123",)),
    # 112/999: https://www2.hse.ie/emergencies/when-to-call-112-or-999/ — "There are two
    # emergency numbers in Ireland — 112 and 999. Both are free of charge to call."
    # Samaritans: https://www.oireachtas.ie/en/debates/question/2013-12-10/505/ — "Comreg
    # … assigned the 116 123 number to the Samaritans."
    "IE": Lines("Ireland", ("112", "999"), ("116 123",)),
    # 000: https://www.qld.gov.au/emergency/emergencies-services/assistance/triple-000 —
    # "Triple Zero is the emergency phone number in Australia".
    # Lifeline: https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/ — "What
    # happens when I call 13 11 14? … the 24-hour crisis line".
    "AU": Lines("Australia", ("000",), ("13 11 14",)),
    # 111: https://www.police.govt.nz/contact-us/calling-emergency-111 — "For emergencies
    # call 111 … 111 calls are free."
    # 1737: https://www.health.govt.nz/news-media/news-items/phone-counselling-service-busy-
    # following-christchurch-tragedy — "call or text 1737 anytime day or night to talk to
    # a trained counsellor."
    "NZ": Lines("New Zealand", ("111",), ("1737",)),
    # 112: http://europa.eu/youreurope/citizens/travel/safety/emergency/ — "O 112 é o
    # número de emergência da UE … em qualquer país da UE". No national helpline found
    # on an official Spanish source: none listed.
    "ES": Lines("Spain", ("112",)),
    # 911: https://www.gob.mx/policiafederal/articulos/088-911-responder-ante-cualquier-llamado
    # — "El Acuerdo concreta el 911 como el único número nacional de atención a
    # emergencias". No national helpline found on an official source: none listed.
    "MX": Lines("Mexico", ("911",)),
    # 192: http://www.saude.gov.br/saude-de-a-z/servico-de-atendimento-movel-de-urgencia-samu-192
    # — "O SAMU 192 é um serviço gratuito, que funciona 24 horas". No national helpline
    # found on an official source: none listed.
    "BR": Lines("Brazil", ("192 (SAMU)",)),
    # 112: the EU page above. SNS 24: https://www.sns24.gov.pt/en/servico/aconselhamento-
    # psicologico-no-sns-24/ — "The number you should call is SNS 24 – 808242424. Then you
    # should select option 4 (psychological counseling)."
    "PT": Lines("Portugal", ("112",), ("808 24 24 24",)),
    # 112: https://www.sdis04.fr/quels-numeros-composer-18-112-15-ou-17/ — "Le 112 est le
    # numéro de téléphone réservé aux appels d'urgence dans l'ensemble de l'Union
    # européenne." 3114: https://www.mayotte.ars.sante.fr/3114-le-numero-national-de-
    # prevention-du-suicide — "Numéro d'appel : 3114 • Horaires : 24h/24 et 7j/7 • …
    # numéro gratuit".
    "FR": Lines("France", ("112",), ("3114",)),
    # 112: https://www.bmi.bund.de/SharedDocs/kurzmeldungen/DE/2018/02/europaeischer-notruftag.html
    # — "Die 112 ist eine vom Festnetz und vom Handy kostenlos zu erreichende
    # Notrufnummer". TelefonSeelsorge: https://www.domradio.de/glossar/telefonseelsorge-0 —
    # "Die Telefonseelsorge ist unter den Nummern 0800/1110111 und 0800/1110222 rund um
    # die Uhr kostenfrei und anonym erreichbar."
    "DE": Lines("Germany", ("112",), ("0800 111 0 111", "0800 111 0 222")),
}
