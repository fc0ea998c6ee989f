## /mod channel, role, moderator, resources, stats e audit (cogs/moderation.py). Tratamento: você.

cmd-mod-channel-description = Onde o Haven publica anúncios, marcos, check-ins e notas da moderação
cmd-mod-role-description = Quem conta como moderador, além de quem administra o servidor ou espaço
cmd-mod-moderator-description = Nomeie moderadores um a um (para o Slack, onde não há cargos)
cmd-mod-resources-description = Os recursos de crise e de ajuda desta comunidade, mostrados com /crisis
cmd-mod-stats-description = Só contagens; grupos com menos de 5 ficam ocultos
cmd-mod-audit-description = Ações recentes da moderação e pedidos de dados — sem conteúdo

mod-channel-set = { $purpose ->
        [announcements] Os anúncios vão
        [milestones] Os marcos vão
        [checkins] Os check-ins vão
       *[moderators] As notas da moderação vão
    } para <#{ $channel }>.
mod-role-set = Quem tem o cargo **{ $role }** agora pode usar os comandos `/mod`.
mod-moderator-unknown = @{ $member } não é membro do Haven aqui — precisa ter usado o Haven nesta comunidade antes; mencione assim: @sam
mod-moderator-added = <@{ $member }> agora pode usar os comandos `/mod`.
mod-moderator-removed = <@{ $member }> não é mais moderador por nome (quem administra o espaço e o cargo de moderação continuam valendo).
mod-resources-no-crisis = este Haven não tem /crisis para receber recursos
mod-resources-saved = Salvo. `/crisis` agora mostra estes recursos junto com as linhas de ajuda de sempre.
mod-stats-title = Números da comunidade
mod-stats-members = membros que usam o Haven: { $count }
mod-stats-figure = { $label }: { $count }
mod-fewer-than = menos de { $count }
mod-audit-title = Registro de auditoria
mod-audit-empty = Ainda não há ações da moderação nem pedidos de dados.
# Quem, o quê (um comando como se digita), a quem e como foi: $when, $actor, $action, $target; $outcome ok/denied.
mod-audit-line = { $when } { $actor } { $action } ({ $outcome ->
    [ok] ok
    [denied] negado
   *[as-recorded] { $outcome }
})
mod-audit-line-target = { $when } { $actor } { $action } { $target } ({ $outcome ->
    [ok] ok
    [denied] negado
   *[as-recorded] { $outcome }
})

## /mod setup e /mod country.
cmd-mod-setup-description = A configuração atual num relance
cmd-mod-country-description = O país cujo número de emergência e linha de ajuda nacional o /crisis mostra
mod-setup-title = Configuração do Haven
mod-setup-channel = { $purpose }: #{ $channel }
mod-setup-channel-unset = { $purpose }: não definido
mod-setup-role = cargo de moderação: { $role }
mod-setup-role-admins = cargo de moderação: só quem administra o servidor ou espaço
mod-setup-named = moderadores por nome: { $members }
mod-setup-resources-own = recursos de crise: texto próprio da comunidade
mod-setup-resources-default = recursos de crise: os padrões do Haven
mod-setup-country = país do /crisis: { $country }
mod-setup-country-unset = país do /crisis: não definido
mod-setup-off = desativado: { $cogs }
mod-setup-off-nothing = desativado: nada
mod-setup-change = Mude com `/mod channel`, `/mod role`, `/mod resources`, `/mod country`.
mod-country-off = Pronto. O `/crisis` volta a mostrar a lista geral do Haven.
mod-country-no-crisis = este Haven não tem linhas de crise para definir um país
mod-country-set = Pronto. O `/crisis` agora começa com o número de emergência e a linha de ajuda nacional de { $country }.
mod-country-set-no-helpline = Pronto. O `/crisis` agora começa com o número de emergência de { $country }. O Haven ainda não tem uma linha de ajuda nacional verificada para { $country }: adicione a sua com `/mod resources`.

# The command's example in /help and usage errors: only the moderator's own words change.
cmd-mod-resources-example = /mod resources Linha de crise de Helsinque: 09 2525 0111
