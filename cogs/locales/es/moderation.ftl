## /mod channel, role, moderator, resources, stats y audit (cogs/moderation.py). Tuteo.

cmd-mod-channel-description = Dónde publica Haven anuncios, logros, registros diarios y notas de moderación
cmd-mod-role-description = Quién cuenta como moderador, además de la administración del servidor o espacio
cmd-mod-moderator-description = Nombra moderadores uno a uno (para Slack, donde no hay roles)
cmd-mod-resources-description = Los recursos de crisis y de ayuda propios de esta comunidad, mostrados con /crisis
cmd-mod-stats-description = Solo cifras; los grupos de menos de 5 se ocultan
cmd-mod-audit-description = Acciones recientes de moderación y solicitudes de datos — sin contenido

mod-channel-set = { $purpose ->
        [announcements] Los anuncios irán
        [milestones] Los logros irán
        [checkins] Los registros diarios irán
       *[moderators] Las notas de moderación irán
    } a <#{ $channel }>.
mod-role-set = Quienes tienen el rol **{ $role }** ya pueden usar los comandos `/mod`.
mod-moderator-unknown = @{ $member } no es miembro de Haven aquí — tiene que haber usado Haven en esta comunidad antes; menciónalo así: @sam
mod-moderator-added = <@{ $member }> ya puede usar los comandos `/mod`.
mod-moderator-removed = <@{ $member }> ya no figura como moderador por nombre (la administración del espacio y el rol de moderación siguen contando).
mod-resources-no-crisis = este Haven no tiene /crisis al que añadir recursos
mod-resources-saved = Guardado. `/crisis` ahora muestra estos recursos junto a las líneas de ayuda habituales.
mod-stats-title = Cifras de la comunidad
mod-stats-members = miembros que usan Haven: { $count }
mod-stats-figure = { $label }: { $count }
mod-fewer-than = menos de { $count }
mod-audit-title = Registro de auditoría
mod-audit-empty = Aún no hay acciones de moderación ni solicitudes de datos.
# Quién, qué (un comando tal como se escribe), a quién y cómo fue: $when, $actor, $action, $target; $outcome ok/denied.
mod-audit-line = { $when } { $actor } { $action } ({ $outcome ->
    [ok] ok
    [denied] denegado
   *[as-recorded] { $outcome }
})
mod-audit-line-target = { $when } { $actor } { $action } { $target } ({ $outcome ->
    [ok] ok
    [denied] denegado
   *[as-recorded] { $outcome }
})

## /mod setup y /mod country.
cmd-mod-setup-description = La configuración actual de un vistazo
cmd-mod-country-description = El país cuyo número de emergencias y línea de ayuda nacional muestra /crisis
mod-setup-title = Configuración de Haven
mod-setup-channel = { $purpose }: #{ $channel }
mod-setup-channel-unset = { $purpose }: sin elegir
mod-setup-role = rol de moderación: { $role }
mod-setup-role-admins = rol de moderación: solo la administración del servidor o espacio
mod-setup-named = moderadores por nombre: { $members }
mod-setup-resources-own = recursos de crisis: texto propio de la comunidad
mod-setup-resources-default = recursos de crisis: los predeterminados de Haven
mod-setup-country = país para /crisis: { $country }
mod-setup-country-unset = país para /crisis: sin elegir
mod-setup-off = desactivado: { $cogs }
mod-setup-off-nothing = desactivado: nada
mod-setup-change = Cámbialo con `/mod channel`, `/mod role`, `/mod resources`, `/mod country`.
mod-country-off = Hecho. `/crisis` vuelve a mostrar la lista general de Haven.
mod-country-no-crisis = este Haven no tiene líneas de crisis para las que elegir un país
mod-country-set = Hecho. `/crisis` ahora empieza con el número de emergencias y la línea de ayuda nacional de { $country }.
mod-country-set-no-helpline = Hecho. `/crisis` ahora empieza con el número de emergencias de { $country }. Haven aún no tiene una línea de ayuda nacional verificada para { $country }: añade la tuya con `/mod resources`.

# The command's example in /help and usage errors: only the moderator's own words change.
cmd-mod-resources-example = /mod resources Línea de crisis de Helsinki: 09 2525 0111
