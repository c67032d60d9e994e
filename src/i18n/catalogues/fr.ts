/**
 * French: the deck as a French business reader would write it (vous, sentence-case headings,
 * "revue trimestrielle" for QBR, "engagement" for a promise, "action convenue" for a commitment,
 * "alerte" for a signal, "SLA" as French teams say it). Typography: a narrow no-break space
 * (\u202f) before : ; ? ! and inside « », a no-break space (\u00a0) where words must stay on
 * one line. Wordings avoid "de"/"le" right before a placeholder, which may start with a vowel.
 */
import type { Catalogue } from '../catalogue.ts';

export const fr: Catalogue = {
  locale: 'fr-FR',
  messages: {
    'deck.title': '{customer}\u202f: revue trimestrielle {quarter}',
    'deck.titleInternal': '{customer}\u202f: revue trimestrielle {quarter} (interne)',
    'deck.subject': 'Revue trimestrielle du {quarter} avec {customer}, données au {date}',
    'deck.keyword': 'revue trimestrielle',
    'deck.slideLabel': 'Diapositive {number}\u202f: {heading}',
    'deck.previousSlide': 'Diapositive précédente',
    'deck.nextSlide': 'Diapositive suivante',
    'deck.slideControls': 'Diapositives',
    'deck.footer': '{customer} · Revue trimestrielle {quarter}',
    'deck.internalBand': 'Usage interne\u202f: réservé à l’équipe du compte. Ne pas transmettre au client.',
    'deck.pagedHeading': '{title} ({page}/{pages})',
    'deck.logoAlt': 'Logo {name}',
    'deck.defaultCompany': 'Votre entreprise',

    // A quarter never breaks across two lines.
    'quarter.label': 'T{quarter}\u00a0{year}',
    'quarter.short': 'T{quarter}/{yy}',
    'quarter.fiscalLabel': 'T{quarter}\u00a0exercice\u00a0{year}',
    'quarter.fiscalShort': 'T{quarter} Ex.{yy}',
    'unit.hours': '{value}\u00a0h',
    'unit.days': '{count, plural, one {{value}\u00a0jour} other {{value}\u00a0jours}}',
    'unit.minutes': '{value}\u00a0min',
    'number.times': '{value}×',
    'number.ofFive': '{value}/5',
    'text.quote': '«\u202f{text}\u202f»',

    'title.heading': '{customer}, revue trimestrielle du {quarter}',
    'title.kicker': 'Revue trimestrielle · {quarter}',
    'title.internalCopy': 'Version interne',
    // Not "Présenté par {company}": the default company name, "Votre entreprise", has a capital.
    'title.presentedBy': 'Présentation\u202f: {company}',
    'title.dataAsOf': 'Données au {date}',

    'agenda.title': 'Ordre du jour',

    'summary.title': 'Synthèse',
    'summary.promises': 'Engagements',
    // "cible", shorter than "objectif": the result and its target share a narrow column.
    'summary.target': 'cible {target}',
    'summary.highlights': 'Temps forts du {quarter}',
    'summary.more': 'et {count, plural, one {# autre} other {# autres}} dans le tableau de bord',

    'kpi.promises': 'Engagements au vert',
    'kpi.promisesValue': '{count} sur {total}',
    // No-break spaces keep each count with its word, so a line breaks only between two of them.
    'kpi.statusCount':
      '{status, select, met {{count, plural, one {#\u00a0tenu} other {#\u00a0tenus}}} on_track {{count}\u00a0en\u00a0bonne\u00a0voie} at_risk {{count}\u00a0à\u00a0risque} other {{count, plural, one {#\u00a0manqué} other {#\u00a0manqués}}}}',
    'kpi.value': 'Valeur apportée à ce jour',
    'kpi.valueDetail': 'pour {invested} investis, soit\u00a0{roi}',
    'kpi.seats': 'Licences utilisées',
    'kpi.points': '{count, plural, one {{points}\u00a0point} other {{points}\u00a0points}}',
    'kpi.csat': 'Satisfaction assistance',
    'kpi.tickets': '{count, plural, one {# demande} other {# demandes}}',
    'kpi.breaches':
      '{count, plural, one {#\u00a0dépassement\u00a0de\u00a0SLA} other {#\u00a0dépassements\u00a0de\u00a0SLA}}',
    // "vs", as French dashboards write it: "depuis le T3 2026" wraps in a figure's box.
    'kpi.noChange': 'Stable vs {quarter}',
    'kpi.up': '↑ {delta} vs {quarter}',
    'kpi.down': '↓ {delta} vs {quarter}',

    'status.met': 'Tenu',
    'status.on_track': 'En bonne voie',
    'status.at_risk': 'À risque',
    'status.missed': 'Manqué',
    'status.no_data': 'À mesurer',

    'success.title': 'Votre définition du succès',
    'success.quoteBy': '{customer}, au début de notre collaboration',
    'success.bought': 'Solutions souscrites',
    'success.since': 'Début de la collaboration',
    'success.renewal': 'Renouvellement',

    'scorecard.title': 'Tableau de bord des engagements',
    'scorecard.promise': 'Engagement',
    'scorecard.atSale': 'Initial',
    'scorecard.target': 'Objectif',
    'scorecard.latest': 'Actuel',
    'scorecard.attainment': 'Réalisation',
    'scorecard.status': 'Statut',
    'scorecard.note':
      'Réalisation\u202f: chemin parcouru par chaque résultat entre sa valeur initiale et son objectif (100\u202f% = objectif atteint).',
    'promise.due': 'd’ici fin {quarter}',
    'promise.higher': 'hausse souhaitée',
    'promise.lower': 'baisse souhaitée',

    'promiseCharts.title': 'Résultats face aux engagements',

    'value.title': 'Valeur apportée face à l’investissement',
    'value.delivered': 'Valeur apportée à ce jour',
    'value.invested': 'Montant investi à ce jour',
    'value.roi': 'Retour sur investissement',
    'value.thisQuarter': 'Ce trimestre',

    'adoption.title': 'Utilisation',
    'adoption.inUse': 'Licences utilisées au {quarter}',
    'adoption.seats': '{active} licences utilisées sur {licensed}',

    'support.title': 'Assistance client',
    // "reçues", not "ouvertes": the count of the quarter, not the tickets still open.
    'support.opened': 'Demandes reçues',
    'support.resolved': 'Demandes résolues',
    'support.breaches': 'Dépassements de SLA',
    'support.firstResponse': 'Délai de première réponse',
    'support.satisfaction': 'Satisfaction',

    'commitments.title': 'Actions convenues',
    'commitments.what': 'Action',
    'commitments.owner': 'Responsable',
    'commitments.due': 'Échéance',
    'commitments.status': 'Statut',
    'commitments.us': 'Nous',
    'commitment.overdue': 'En retard',
    'commitment.open': 'En cours',
    'commitment.done': 'Réalisée',
    'commitment.dropped': 'Abandonnée',
    'commitment.doneOn': 'Réalisée le {date}',
    'sinceLast.title': 'Depuis notre dernière revue',
    'sinceLast.agreed': 'Ce que nous avions convenu',
    'sinceLast.noneAgreed': 'Aucune nouvelle action n’avait été convenue lors de la dernière revue.',
    'sinceLast.what': 'Action',
    'sinceLast.status': 'Ce qu’il en est',
    'sinceLast.more': '{count, plural, one {et # autre action} other {et # autres actions}}',
    'sinceLast.figures': 'Avant et maintenant',
    'sinceLast.promises': 'Engagements qui ont évolué',
    'sinceLast.move': '{from} → {to}',

    'together.title': 'Notre collaboration',
    'together.contacts': 'Échanges sur les quatre derniers trimestres',
    'together.rhythm': 'pour un rythme cible de {count}',
    'together.latest': 'Derniers échanges',
    'together.with': 'avec {people}',
    'together.theirs': 'Votre équipe',
    'together.ours': 'Notre équipe',
    'touchpoint.call': 'Appel',
    'touchpoint.email': 'E-mail',
    'touchpoint.meeting': 'Réunion',
    'touchpoint.qbr': 'Revue trimestrielle',
    'touchpoint.visit': 'Visite',
    'touchpoint.event': 'Événement',
    'touchpoint.note': 'Compte rendu',
    'role.executive_sponsor': 'Sponsor',
    'role.decision_maker': 'Décideur',
    'role.champion': 'Ambassadeur',
    'role.user': 'Utilisateur',
    'role.finance': 'Finance',
    'role.other': 'Autre',

    'ahead.title': 'Perspectives',
    'ahead.plan': 'Notre plan pour le {quarter}',
    'ahead.noPlan': 'À définir ensemble aujourd’hui.',
    'ahead.questions': 'Nos questions',
    'ahead.question1': 'Qu’est-ce qui a changé dans votre activité depuis notre dernière rencontre\u202f?',
    'ahead.question2': 'Comment se présentent vos budgets pour l’an prochain, et qui les arbitre\u202f?',
    'ahead.question3':
      'Comment envisagez-vous la suite\u202f: étendre l’existant, équiper de nouvelles équipes ou revoir les conditions\u202f?',
    'ahead.question4':
      'Qui est arrivé ou parti parmi nos interlocuteurs, et qui devrions-nous rencontrer ensuite\u202f?',

    'chart.result': 'Résultat',
    'chart.projection': 'Prévision',
    'chart.target': 'Objectif {value}',
    'chart.atSale': 'Initial {value}',
    'chart.due': 'Échéance',
    'chart.promiseAlt':
      '{name} par trimestre\u202f: {results}. Valeur initiale {baseline}, objectif {target} d’ici fin {due}.',
    'chart.projectedAlt': 'Prévision\u202f: {value}.',
    'chart.noResults': 'pas encore de résultat',
    'chart.resultIn': '{value} au {quarter}',
    'chart.resultsFromTo': 'de {first} à {last}',
    'chart.fees': 'Montant investi (cumul)',
    'chart.valueDelivered': 'Valeur apportée (cumul)',
    'chart.valueAlt':
      'Valeur apportée cumulée face au montant investi, du {from} au {to}\u202f: {delivered} apportés pour {invested} investis.',
    'chart.seatsLicensed': 'Licences acquises',
    'chart.seatsInUse': 'Licences utilisées',
    'chart.adoptionAlt':
      'Licences acquises et utilisées par trimestre, du {from} au {to}\u202f: {active} utilisées sur {licensed} au {last}.',
    'chart.satisfaction': 'Satisfaction (sur 5)',
    'chart.ticketsOpened': 'Demandes reçues',
    'chart.ticketsResolved': 'Demandes résolues',
    'chart.supportAlt': 'Demandes d’assistance reçues et résolues par trimestre, du {from} au {to}.',
    'chart.supportCsatAlt':
      'Demandes d’assistance reçues et résolues par trimestre, avec la satisfaction, du {from} au {to}.',
    'chart.contacts': 'Échanges',
    'chart.rhythm': '{count, plural, =1 {Un par trimestre} other {{perQuarter} par trimestre}}',
    'chart.contactsAlt': 'Échanges par trimestre\u202f: {counts}\u202f; rythme cible de {perQuarter} par trimestre.',
    'chart.contactsIn': '{count} au {quarter}',

    'health.title': 'Préparation interne\u202f: santé du compte',
    'health.scale': 'Santé du compte, de 0 à 100',
    'health.previous': '{score} au trimestre précédent',
    'health.formula':
      'Santé = {attainmentWeight} × réalisation des engagements ({attainment}) + {signalWeight} × part du poids des alertes non déclenchées ({clear} sur {total}).',
    'health.signal': 'Alerte',
    'health.weight': 'Poids',
    'health.thisQuarter': 'Ce trimestre',
    'health.raised': 'Déclenchée',
    'health.clear': 'RAS',
    // For the warning of a quarter far past the data (issue 10), on this page.
    'health.dataLag':
      '{count, plural, one {# trimestre sépare} other {# trimestres séparent}} le {quarter} des dernières données ({latest})\u202f: des trimestres sans résultats entrent dans le montant investi, et des alertes peuvent se déclencher à tort. Vérifiez --quarter ou ajoutez les données manquantes.',

    'signals.title': 'Préparation interne\u202f: alertes et messages clés',
    'signals.say': 'À dire\u202f:',
    'signals.none': 'Aucune alerte ce trimestre\u202f: rien dans les données n’appelle de mise en garde.',
    'signals.streak': '{count, plural, =1 {nouvelle ce trimestre} other {# trimestres de suite, depuis {since}}}',
    'signalTitle.unfulfilled_promise': 'Un engagement n’a pas été tenu',
    'signalTitle.promise_at_risk': 'Un engagement est à risque',
    'signalTitle.below_par_experience': 'Le service n’a pas été à la hauteur',
    'signalTitle.value_below_price': 'La valeur est inférieure au prix',
    'signalTitle.communication_gap': 'Les échanges s’espacent',
    'signalTitle.single_threaded': 'Un seul interlocuteur',
    'signalTitle.low_adoption': 'Faible utilisation',
    'signalTitle.broken_commitment': 'Nous sommes en retard sur une action',
    // Two lines at most on the signals page (about 140 characters): longer ones are cut.
    'talkingPoint.unfulfilled_promise':
      'Prenez les devants sur l’écart\u202f: ce qui s’est passé, ce que nous en retenons, un plan de rattrapage daté et son responsable.',
    'talkingPoint.promise_at_risk':
      'Montrez la tendance sans fard et convenez dès maintenant des actions et du soutien nécessaires pour combler l’écart avant l’échéance.',
    'talkingPoint.below_par_experience':
      'Reconnaissez les problèmes demande par demande, expliquez la correction et proposez un interlocuteur dédié aux escalades.',
    'talkingPoint.value_below_price':
      'Détaillez la valeur pas encore comptabilisée (temps gagné, risques évités) et convenez avec la direction financière de la façon de la mesurer.',
    'talkingPoint.communication_gap':
      'Proposez un rythme fixe\u202f: un point mensuel, et la date de la prochaine revue trimestrielle arrêtée avant la fin de la réunion.',
    'talkingPoint.single_threaded':
      'Demandez à rencontrer le sponsor et un second interlocuteur, en proposant une présentation stratégique à leur direction.',
    'talkingPoint.low_adoption':
      'Repérez les équipes qui n’utilisent pas leurs licences et proposez-leur une formation ciblée avant de parler renouvellement.',
    'talkingPoint.broken_commitment':
      'Excusez-vous sans détour, donnez la nouvelle date et son responsable, et confirmez par écrit le jour même.',

    'signal.unfulfilled_promise':
      '{missed, plural, one {# engagement sur {total} manqué} other {# engagements sur {total} manqués}}\u202f: {names}.',
    'signal.promise_at_risk':
      '{atRisk, plural, one {# engagement sur {total} risque de manquer son objectif} other {# engagements sur {total} risquent de manquer leur objectif}}\u202f: {names}.',
    'signal.below_par_experience': 'Assistance au {quarter}\u202f: {problems}.',
    'signal.lowCsat': 'satisfaction de {csat} sur 5 (sous le seuil de {min})',
    'signal.slaBreaches': '{count, plural, one {# dépassement de SLA} other {# dépassements de SLA}}',
    'signal.communication_gap': 'Les échanges se raréfient\u202f: {problems}.',
    'signal.single_threaded': 'La relation repose sur trop peu de personnes\u202f: {problems}.',
    'signal.value_below_price':
      'La valeur apportée représente {ratio} du montant investi à ce jour ({delivered} pour {invested})\u202f; le seuil est de {min}.',
    'signal.fewTouchpoints':
      '{count, plural, one {# échange} other {# échanges}} sur les quatre derniers trimestres (au moins {min} souhaités)',
    'signal.fewTouchpointsSinceStart':
      '{count, plural, one {# échange} other {# échanges}} depuis le début du contrat (au moins {min} souhaités à ce stade)',
    'signal.noContactSinceStart':
      'aucun échange enregistré depuis le début du contrat, il y a {count, plural, one {# jour} other {# jours}} (maximum\u202f: {max})',
    'signal.daysSinceContact':
      '{count, plural, one {# jour} other {# jours}} depuis le dernier échange (maximum\u202f: {max})',
    'signal.fewStakeholders':
      '{count, plural, one {# interlocuteur} other {# interlocuteurs}} côté client (au moins {min} souhaités)',
    'signal.noSponsor': 'aucun sponsor',
    'signal.low_adoption': '{active} licences utilisées sur {licensed} au {quarter} ({rate}\u202f; seuil de {min}).',
    'signal.broken_commitment':
      '{count, plural, one {# action de notre part en retard} other {# actions de notre part en retard}}\u202f: {list}.',

    'coverage.title': 'Préparation interne\u202f: interlocuteurs et risques',
    'coverage.contacts': 'Couverture des interlocuteurs',
    'coverage.risks': 'Risques connus',
    'coverage.noRisks': 'Aucun risque enregistré.',
    // "Parade": the French project manager's word for a risk's planned response.
    'coverage.mitigation': 'Parade\u202f: {text}',
    'coverage.fewContacts':
      'Seulement {count, plural, one {# interlocuteur} other {# interlocuteurs}} côté client (au moins {min} souhaités).',
    'coverage.missing.executive_sponsor': 'Aucun sponsor identifié.',
    'coverage.missing.decision_maker': 'Aucun décideur identifié.',
    'coverage.missing.champion': 'Aucun ambassadeur identifié.',
    'coverage.missing.finance': 'Aucun interlocuteur financier identifié.',
    'coverage.noContact': 'Aucun échange enregistré.',
    'coverage.lastContact': 'Dernier échange {count, plural, one {# jour} other {# jours}} avant la fin du {quarter}.',
    'severity.high': 'Élevé',
    'severity.medium': 'Moyen',
    'severity.low': 'Faible',

    'cli.moreProblems':
      '{count, plural, one {# autre problème qui suit peut en découler} other {# autres problèmes qui suivent peuvent en découler}}',

    // The portfolio page (index.html, portfolio.pdf): the sales manager's, in the config's language.
    'portfolio.title': 'Portefeuille, {quarter}',
    'portfolio.subject': 'Santé, valeur du contrat et renouvellement de chaque compte pour le {quarter}',
    'portfolio.keyword': 'portefeuille',
    'portfolio.kicker': 'Revues trimestrielles · {quarter}',
    'portfolio.heading': 'Portefeuille',
    'portfolio.footer': 'Portefeuille · {quarter}',
    'portfolio.pageOf': 'Page {page} sur {pages}',
    'portfolio.accounts': '{count, plural, one {# compte} other {# comptes}}',
    'portfolio.belowFifty': '{count, number} avec une santé inférieure à 50',
    'portfolio.signalsRaised': '{count, plural, one {# alerte déclenchée} other {# alertes déclenchées}}',
    'portfolio.failedCount': '{count, number} en échec',
    'portfolio.notStartedCount': '{count, plural, one {# non commencé} other {# non commencés}}',
    'portfolio.asOf': 'données au {date}',
    'portfolio.stakes': 'Enjeux',
    'portfolio.currency': 'Devise',
    'portfolio.contractValue': 'Valeur annuelle des contrats',
    'portfolio.valueBelowFifty': 'Dont comptes avec une santé inférieure à 50',
    'portfolio.renewing': 'Renouvellements {first}–{last} (d’ici le {until})',
    'portfolio.noTotals': 'Aucune valeur de contrat enregistrée.',
    'portfolio.accountsHeading': 'Comptes',
    'portfolio.ownerFilter': 'Responsable',
    'portfolio.allOwners': 'Tous',
    'portfolio.noOwner': 'Sans responsable',
    'portfolio.showing': '{shown, plural, one {# compte affiché} other {# comptes affichés}} sur {total, number}.',
    'portfolio.sortHint': 'Pour trier, choisissez l’en-tête d’une colonne.',
    'portfolio.worstFirst': 'Santé la plus faible en premier.',
    'portfolio.sorted.textAscending': 'Trié par «\u202f{column}\u202f», de A à Z.',
    'portfolio.sorted.textDescending': 'Trié par «\u202f{column}\u202f», de Z à A.',
    'portfolio.sorted.dateAscending': 'Trié par «\u202f{column}\u202f», de la date la plus proche à la plus lointaine.',
    'portfolio.sorted.dateDescending':
      'Trié par «\u202f{column}\u202f», de la date la plus lointaine à la plus proche.',
    'portfolio.sorted.numberAscending': 'Trié par «\u202f{column}\u202f», par ordre croissant.',
    'portfolio.sorted.numberDescending': 'Trié par «\u202f{column}\u202f», par ordre décroissant.',
    'portfolio.sorted.amountAscending':
      'Regroupé par devise, puis trié par «\u202f{column}\u202f» par ordre croissant\u202f: les montants en devises différentes ne sont pas comparés.',
    'portfolio.sorted.amountDescending':
      'Regroupé par devise, puis trié par «\u202f{column}\u202f» par ordre décroissant\u202f: les montants en devises différentes ne sont pas comparés.',
    'portfolio.column.account': 'Compte',
    'portfolio.column.owner': 'Responsable',
    'portfolio.column.contractValue': 'Valeur annuelle',
    'portfolio.column.renewal': 'Renouvellement',
    'portfolio.column.health': 'Santé',
    'portfolio.column.change': 'Évolution depuis le {quarter}',
    'portfolio.column.promises': 'Engagements tenus ou en bonne voie',
    'portfolio.column.value': 'Valeur rapportée au prix',
    'portfolio.column.adoption': 'Utilisation',
    'portfolio.column.signals': 'Alertes',
    'portfolio.column.decks': 'Documents',
    'portfolio.column.trend': 'Santé, 8 derniers trimestres',
    'portfolio.healthHistory': 'Santé par trimestre\u202f: {points}',
    'portfolio.healthPoint': '{quarter}\u202f: {health}',
    'portfolio.moversHeading': 'Plus fortes évolutions depuis {quarter}',
    'portfolio.healthFell': 'santé en baisse de {delta} points, de {before} à {after}',
    'portfolio.newlyRaised': 'nouvelle alerte\u202f: {signals}',
    'portfolio.promisesValue': '{count, number} sur {total, number}',
    'portfolio.valueFor': '{delivered} pour {invested}',
    'portfolio.none': 'Aucune',
    'portfolio.noChange': 'stable',
    'portfolio.up': '↑ {delta}',
    'portfolio.down': '↓ {delta}',
    'portfolio.renewsSoon': 'échéance proche',
    'portfolio.renewalPassed': 'date dépassée',
    'portfolio.failed': 'Échec',
    'portfolio.failedWithCode': 'Échec ({code})',
    'portfolio.notStarted': 'Pas encore commencé\u202f: le contrat débute le {date} ({quarter})',
    'portfolio.link.pdf': 'PDF',
    'portfolio.link.html': 'HTML',
    'portfolio.link.json': 'JSON',
    'portfolio.link.internalPdf': 'PDF interne',
    'portfolio.link.internalHtml': 'HTML interne',
    'meeting.greeting': 'Bonjour {names},',
    'meeting.greetingTeam': 'Bonjour à tous,',
    'meeting.intro':
      'En vue de notre revue trimestrielle du {quarter}, vous trouverez la présentation en PDF en pièce jointe.',
    'meeting.introInternal':
      'Vous trouverez en pièce jointe la version interne de la revue du {quarter} pour {customer} : la présentation du client et nos pages de préparation. À garder au sein de l’équipe.',
    'meeting.noEmails':
      'Aucun interlocuteur chez {customer} n’a d’adresse e-mail dans le fichier du compte : ce brouillon est donc adressé à l’équipe. Transférez-le dès que les adresses sont connues.',
    'meeting.when': 'Quand : {date}, {time} ({zone})',
    'meeting.where': 'Où : {place}',
    'meeting.due': 'Notre prochaine revue est prévue d’ici le {date} ; nous vous proposerons une date.',
    'meeting.dueInternal':
      'La prochaine revue est prévue d’ici le {date}. Aucune réunion n’est encore fixée dans le fichier du compte (next_review).',
    'meeting.invitation': 'L’invitation est jointe : en l’acceptant, vous ajoutez la réunion à votre agenda.',
    'meeting.figures': 'En bref',
    'meeting.figure': '{label} : {value}',
    'meeting.figureDetail': '{figure} ({detail})',
    'meeting.talkingPoints': 'Points à aborder',
    'meeting.noTalkingPoints': 'Aucun signal ce trimestre : pas de points à aborder.',
    'meeting.closing': 'Au plaisir d’en discuter avec vous.',
    'meeting.closingInternal': 'Merci de lire les points à aborder avant la réunion.',
    'meeting.regards': 'Bien cordialement,',
  },
};
